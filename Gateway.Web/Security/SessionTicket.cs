using System.Security.Claims;

namespace Network.Gateway.Security;

/// <summary>
/// The session a cookie or bearer token belongs to (a row of <c>clerk_session</c>), as its claims
/// carry it: the session id and the account's security stamp when it was issued (the session's
/// absolute end is in its row).
/// </summary>
public sealed record SessionTicket(Guid Id, DateTimeOffset SignedInAt, DateTimeOffset ExpiresAt)
{
    public const string SessionClaim = "network:session";
    public const string StampClaim = "network:stamp";

    public IEnumerable<Claim> Claims(string securityStamp) =>
    [
        new(SessionClaim, Id.ToString("N")),
        new(StampClaim, securityStamp),
    ];

    /// <summary>The session id and stamp a principal carries; null when it carries none (issued before sessions existed).</summary>
    public static (Guid Session, string Stamp)? Of(ClaimsPrincipal principal) =>
        Guid.TryParseExact(principal.FindFirstValue(SessionClaim), "N", out var id) && principal.FindFirstValue(StampClaim) is { Length: > 0 } stamp
            ? (id, stamp)
            : null;
}
