using Microsoft.Extensions.Options;
using Network.Gateway.Hosting;
using Network.Grains.Interfaces.Errors;

namespace Network.Gateway.Security;

/// <summary>
/// The rules of signing in, once for the cookie, the token and the password change: the
/// per-account lockout (<see cref="LockoutOptions"/>), the password check (with a rehash at the
/// current cost), the forced change after an administrator's reset, a session per sign-in, and an
/// audit row for every attempt, failed or not.
/// </summary>
public sealed class SignInService(
    AccountStore accounts,
    SessionStore sessions,
    PasswordHasher hasher,
    AuditLog audit,
    SessionEnds ends,
    SessionValidator validator,
    TimeProvider clock,
    IOptions<GatewayOptions> options)
{
    public const string SignInAction = "sign-in";
    public const string PasswordChangeAction = "password.change";

    /// <summary>Signs <paramref name="clerkId"/> in and opens a session of <paramref name="kind"/> (a bearer session gets a refresh token).</summary>
    public async Task<SignedIn> SignInAsync(string? clerkId, string? password, string kind, string? address, CancellationToken cancellationToken)
    {
        var account = await VerifyAsync(clerkId, password, SignInAction, address, cancellationToken);
        if (account.MustChangePassword)
        {
            await audit.WriteAsync(new AuditEvent(null, SignInAction, account.Id, address, AuditEvent.Refused, "password change required"), cancellationToken);
            throw new SignInFailedException(
                "An administrator reset this password: choose a new one (POST /api/auth/change-password), then sign in.",
                "auth.passwordChangeRequired", "password", StatusCodes.Status403Forbidden);
        }

        var now = clock.GetUtcNow();
        var ticket = new SessionTicket(Guid.NewGuid(), now, now + TimeSpan.FromHours(options.Value.SessionAbsoluteHours));
        var refresh = kind == SessionStore.BearerKind ? RefreshToken.New() : null;
        var record = new AuditEvent(account.Id, SignInAction, account.Id, address, AuditEvent.Succeeded, kind);
        await sessions.OpenAsync(account, ticket, kind, refresh?.Hash, record, cancellationToken);
        validator.Remember(ticket.Id, new SessionState(account.Id, account.SecurityStamp, Disabled: false, MustChangePassword: false, Revoked: false, ticket.ExpiresAt));
        return new SignedIn(account, ticket, refresh?.Token);
    }

    /// <summary>The clerk's own new password, proven by the current one; every session of the account ends.</summary>
    public async Task ChangePasswordAsync(string? clerkId, string? currentPassword, string? newPassword, string? address, CancellationToken cancellationToken)
    {
        var fresh = PasswordRules.Ensure(newPassword, "newPassword");
        var account = await VerifyAsync(clerkId, currentPassword, PasswordChangeAction, address, cancellationToken);
        if (string.Equals(fresh, currentPassword, StringComparison.Ordinal))
        {
            throw DomainException.Invalid("newPassword", "password.unchanged", "The new password must differ from the current one.");
        }

        var record = new AuditEvent(account.Id, PasswordChangeAction, account.Id, address, AuditEvent.Succeeded, account.MustChangePassword ? "after a reset" : null);
        await accounts.ChangePasswordAsync(account.Id, hasher.Hash(fresh), record, cancellationToken);
        await ends.AccountChangedAsync(account.Id);
    }

    /// <summary>Checks the clerk id and password under the lockout; audits every failure; answers the account.</summary>
    private async Task<ClerkAccount> VerifyAsync(string? clerkId, string? password, string action, string? address, CancellationToken cancellationToken)
    {
        var id = ClerkIds.Ensure(clerkId);
        var account = await accounts.FindAsync(id, cancellationToken);
        var now = clock.GetUtcNow();
        if (account is { LockedUntil: { } lockedUntil } && account.IsLockedAt(now))
        {
            await audit.WriteAsync(new AuditEvent(null, action, id, address, AuditEvent.Refused, $"locked until {lockedUntil:O}"), cancellationToken);
            throw Locked(lockedUntil);
        }

        // Verify against a decoy when there is no such account, so timing does not tell.
        var check = hasher.Verify(password ?? string.Empty, account?.PasswordHash ?? hasher.Decoy);
        if (account is null || check == PasswordCheck.Wrong || account.Disabled)
        {
            var lockout = options.Value.Lockout;
            var locked = account is not null && check == PasswordCheck.Wrong
                ? await accounts.RecordFailureAsync(account.Id, lockout.Failures, before => now + lockout.LockFor(before), cancellationToken)
                : null;
            var why = account is null ? "unknown account" : check == PasswordCheck.Wrong ? "wrong password" : "account disabled";
            await audit.WriteAsync(new AuditEvent(null, action, id, address, AuditEvent.Failed, locked is { } l ? $"{why}; locked until {l:O}" : why), cancellationToken);
            throw locked is { } until ? Locked(until) : new SignInFailedException();
        }

        await accounts.RecordSuccessAsync(account.Id, account.PasswordHash, check == PasswordCheck.RightButWeak ? hasher.Hash(password!) : null, cancellationToken);
        return account;
    }

    private static SignInFailedException Locked(DateTimeOffset until) =>
        new($"Too many wrong passwords: this account is locked until {until:yyyy-MM-dd HH:mm:ss} UTC (an administrator can unlock it).", "auth.locked", "clerkId");
}
