using Microsoft.Extensions.Options;
using Network.Gateway.Hosting;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;

namespace Network.Gateway.Security;

/// <summary>
/// How far an administrator reaches. An administrator is scoped to the city (市, the 6-digit code)
/// of their account's point: the points, catalogs and accounts of that city, nothing else. Only an
/// administrator named in <c>Gateway:ProvinceAdministrators</c> reaches every city, the national
/// holiday calendar (one for all cities) and the audit chain check (one log for all cities); in the
/// run command's demo mode (<c>Gateway:SeedDemoAccounts</c>) the demo's own <c>admin</c> is one too.
/// An act outside the reach is refused with 403 <c>auth.jurisdiction</c> before anything is done.
/// </summary>
public sealed class AdministratorScope(IOptions<GatewayOptions> options)
{
    public bool IsProvinceAdministrator(string clerkId)
    {
        var settings = options.Value;
        return settings.ProvinceAdministrators.Contains(clerkId, StringComparer.Ordinal)
            || (settings.SeedDemoAccounts && string.Equals(clerkId, DemoNetworkAccounts.AdministratorId, StringComparison.Ordinal));
    }

    /// <summary>The city the administrator reaches, or null for a province administrator (every city).</summary>
    public string? CityOf(CurrentClerk administrator) =>
        IsProvinceAdministrator(administrator.Id) ? null : administrator.Point.Value[..6];

    /// <summary>Whether <paramref name="pointCode"/> lies in the administrator's reach.</summary>
    public bool Covers(CurrentClerk administrator, string pointCode) =>
        CityOf(administrator) is not { } city || DivisionCode.IsWithin(pointCode, city);

    /// <summary>Refuses a point outside the administrator's city.</summary>
    public DivisionCode EnsureCovers(CurrentClerk administrator, DivisionCode point, string field = "pointCode") =>
        Covers(administrator, point.Value)
            ? point
            : throw DomainException.Forbidden(field, "auth.jurisdiction", $"Administrator {administrator.Id} administers city {CityOf(administrator)}, not {point}.");

    /// <summary>Refuses what only a province administrator may do (<paramref name="what"/>: the act, for the message).</summary>
    public void EnsureProvince(CurrentClerk administrator, string field, string what)
    {
        if (!IsProvinceAdministrator(administrator.Id))
        {
            throw DomainException.Forbidden(field, "auth.jurisdiction", $"Only a province administrator may {what}; {administrator.Id} administers city {CityOf(administrator)}.");
        }
    }

    /// <summary>
    /// Refuses a change of account <paramref name="clerkId"/> (now <paramref name="before"/>, null when
    /// new) that would reach outside the administrator's city: the account's point now and after.
    /// A province administrator's account is changed by province administrators only.
    /// </summary>
    public void EnsureMayManage(CurrentClerk administrator, string clerkId, ClerkAccount? before, DivisionCode? after)
    {
        if (before is not null)
        {
            EnsureCovers(administrator, DivisionCode.Parse(before.PointCode, "pointCode"), "clerkId");
        }

        if (after is { } point)
        {
            EnsureCovers(administrator, point);
        }

        if (IsProvinceAdministrator(clerkId))
        {
            EnsureProvince(administrator, "clerkId", $"change the account of province administrator {clerkId}");
        }
    }
}
