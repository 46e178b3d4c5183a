using System.Security.Claims;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;

namespace Network.Gateway.Security;

/// <summary>The signed-in user, read from the claims of the cookie or bearer token.</summary>
public sealed record CurrentClerk(string Id, string DisplayName, string Role, DivisionCode Point)
{
    public const string PointClaim = "network:point";

    public bool IsIn(string role) => string.Equals(Role, role, StringComparison.Ordinal);

    /// <summary>
    /// The actor every grain call names: the one place an account becomes an <see cref="Actor"/>.
    /// The grains decide what it may read and do; an account whose role the network does not know
    /// is refused here (it could never pass a grain's check either).
    /// </summary>
    public Actor Actor => new(Id, Roles.ActorRoleOf(Role) ?? throw DomainException.Forbidden("role", "auth.role", $"{Id} has the unknown role {Role}."), Point.Value);

    /// <summary>The actor of the signed-in user of <paramref name="context"/>.</summary>
    public static Actor ActorOf(HttpContext context) => From(context.User).Actor;

    public static CurrentClerk From(ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var role = principal.FindFirstValue(ClaimTypes.Role);
        var point = principal.FindFirstValue(PointClaim);
        if (id is null || role is null || !DivisionCode.TryParse(point, out var code, out _))
        {
            throw DomainException.Forbidden("account", "auth.noAccount", "The signed-in principal is not a clerk account.");
        }

        return new CurrentClerk(id, principal.FindFirstValue(ClaimTypes.Name) ?? id, role, code);
    }

    /// <summary>The principal of a session of <paramref name="account"/>: who, role, point, and the session it belongs to.</summary>
    public static ClaimsPrincipal PrincipalOf(ClerkAccount account, SessionTicket session, string authenticationType) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, account.Id),
                new Claim(ClaimTypes.Name, account.DisplayName),
                new Claim(ClaimTypes.Role, account.Role),
                new Claim(PointClaim, account.PointCode),
                .. session.Claims(account.SecurityStamp),
            ],
            authenticationType,
            ClaimTypes.Name,
            ClaimTypes.Role));
}
