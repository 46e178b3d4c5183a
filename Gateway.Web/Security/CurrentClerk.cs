using System.Security.Claims;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;

namespace Network.Gateway.Security;

/// <summary>The signed-in user, read from the claims of the cookie or bearer token.</summary>
public sealed record CurrentClerk(string Id, string DisplayName, string Role, DivisionCode Point)
{
    public const string PointClaim = "network:point";

    public bool IsIn(string role) => string.Equals(Role, role, StringComparison.Ordinal);

    /// <summary>The city (6-digit code) the user's point lies in.</summary>
    public DivisionCode City => DivisionCode.Parse(Point.Value[..6]);

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

    public static ClaimsPrincipal PrincipalOf(ClerkAccount account, string authenticationType) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, account.Id),
                new Claim(ClaimTypes.Name, account.DisplayName),
                new Claim(ClaimTypes.Role, account.Role),
                new Claim(PointClaim, account.PointCode),
            ],
            authenticationType,
            ClaimTypes.Name,
            ClaimTypes.Role));
}
