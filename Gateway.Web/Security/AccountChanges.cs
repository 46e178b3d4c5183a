namespace Network.Gateway.Security;

/// <summary>
/// What an administrator's save of an account changes: the account after it, whether its
/// sessions end (a new security stamp: disabled or enabled, role, point, password reset), and one
/// audit row per change naming the administrator. A password set on an existing account is a reset:
/// the clerk must change it at the next sign-in.
/// </summary>
public static class AccountChanges
{
    public static (ClerkAccount Account, bool NewStamp, IReadOnlyList<AuditEvent> Audits) Apply(
        ClerkAccount? before, ClerkAccount wanted, string? newPasswordHash, string actorId, string? address)
    {
        AuditEvent Audit(string action, string? detail = null) => new(actorId, action, wanted.Id, address, AuditEvent.Succeeded, detail);

        if (before is null)
        {
            var created = wanted with { PasswordHash = newPasswordHash ?? throw new ArgumentNullException(nameof(newPasswordHash)), MustChangePassword = false };
            return (created, false, [Audit("account.create", $"{wanted.Role} at {wanted.PointCode}{(wanted.Disabled ? ", disabled" : string.Empty)}")]);
        }

        var audits = new List<AuditEvent>();
        if (before.Disabled != wanted.Disabled)
        {
            audits.Add(Audit(wanted.Disabled ? "account.disable" : "account.enable"));
        }

        if (!string.Equals(before.Role, wanted.Role, StringComparison.Ordinal))
        {
            audits.Add(Audit("account.role", $"{before.Role} → {wanted.Role}"));
        }

        if (!string.Equals(before.PointCode, wanted.PointCode, StringComparison.Ordinal))
        {
            audits.Add(Audit("account.point", $"{before.PointCode} → {wanted.PointCode}"));
        }

        if (newPasswordHash is not null)
        {
            audits.Add(Audit("account.passwordReset", "the clerk must change it at the next sign-in"));
        }

        var newStamp = audits.Count > 0;
        if (!string.Equals(before.DisplayName, wanted.DisplayName, StringComparison.Ordinal))
        {
            audits.Add(Audit("account.rename", $"{before.DisplayName} → {wanted.DisplayName}"));
        }

        var after = before with
        {
            DisplayName = wanted.DisplayName,
            Role = wanted.Role,
            PointCode = wanted.PointCode,
            Disabled = wanted.Disabled,
            PasswordHash = newPasswordHash ?? before.PasswordHash,
            MustChangePassword = newPasswordHash is not null || before.MustChangePassword,
        };
        return (after, newStamp, audits);
    }
}
