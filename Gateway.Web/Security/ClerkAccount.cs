namespace Network.Gateway.Security;

/// <summary>
/// An account of the gateway. <see cref="Id"/> is the clerk id the grains know. <see cref="SecurityStamp"/>
/// changes whenever what a session of the account was granted changes (see <c>AccountStore.SaveAsync</c>).
/// </summary>
public sealed record ClerkAccount(
    string Id,
    string DisplayName,
    string Role,
    string PointCode,
    string PasswordHash,
    bool Disabled = false,
    string SecurityStamp = "",
    bool MustChangePassword = false,
    DateTimeOffset? LockedUntil = null,
    int Lockouts = 0)
{
    public bool IsLockedAt(DateTimeOffset now) => LockedUntil is { } until && until > now;
}
