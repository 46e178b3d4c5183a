namespace Network.Gateway.Security;

/// <summary>
/// What a gateway reads of a session and its account to re-validate a request: the rule of when a
/// session has ended lives here (<see cref="EndReason"/>), for requests and hub connections alike.
/// </summary>
public sealed record SessionState(string ClerkId, string AccountStamp, bool Disabled, bool MustChangePassword, bool Revoked, DateTimeOffset ExpiresAt)
{
    /// <summary>Why a principal of this session, issued with <paramref name="stamp"/>, may no longer act at <paramref name="now"/>; null while it may.</summary>
    public string? EndReason(string clerkId, string stamp, DateTimeOffset now) => this switch
    {
        _ when !string.Equals(ClerkId, clerkId, StringComparison.Ordinal) => "This session belongs to another account; sign in again.",
        { Revoked: true } => "This session was signed out or revoked; sign in again.",
        _ when ExpiresAt <= now => "This session reached its absolute lifetime; sign in again.",
        { Disabled: true } => "This account is disabled.",
        { MustChangePassword: true } => "The password of this account must be changed first.",
        _ when !string.Equals(AccountStamp, stamp, StringComparison.Ordinal) =>
            "The account changed since this session began (status, role, point or password); sign in again.",
        _ => null,
    };
}
