using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;

namespace Network.Gateway.Security;

/// <summary>
/// Who may read and do what, where. The gateway checks it before calling a grain; the grains
/// check again what they know (that a clerk staffs a window, that the owner hands over). Every
/// refusal is a 403 naming the field that is out of the user's reach.
/// </summary>
public sealed class Jurisdiction(IClusterClient grains)
{
    /// <summary>A point's profile, catalog and (for administrators) definition.</summary>
    public void EnsureCanReadPoint(CurrentClerk user, DivisionCode point, bool administratorsToo = false)
    {
        if (!CanReadPoint(user, point, administratorsToo))
        {
            throw Refuse("pointCode", $"{user.Role} {user.Id} of {user.Point} may not see {point}.");
        }
    }

    public static bool CanReadPoint(CurrentClerk user, DivisionCode point, bool administratorsToo = false) => user.Role switch
    {
        Roles.WindowClerk or Roles.ProxyAgent => user.Point == point,
        Roles.CenterDirector => user.Point.Contains(point),
        Roles.CityMonitor => user.City.Contains(point),
        Roles.Administrator => administratorsToo,
        _ => false,
    };

    /// <summary>A matter is readable from every point it involves: intake, current, the chain, the joint parts.</summary>
    public void EnsureCanReadMatter(CurrentClerk user, MatterView matter)
    {
        if (!PointsOf(matter).Any(p => DivisionCode.TryParse(p, out var code, out _) && CanReadPoint(user, code)))
        {
            throw Refuse("receiptNumber", $"Matter {matter.ReceiptNumber} is outside the jurisdiction of {user.Id}.");
        }
    }

    /// <summary>A window clerk at their own point, A or B of the window.</summary>
    public async Task EnsureClerkAtWindowAsync(CurrentClerk user, string pointCode, string windowId)
    {
        EnsureRole(user, Roles.WindowClerk);
        if (user.Point.Value != pointCode)
        {
            throw Refuse("pointCode", $"Clerk {user.Id} works at {user.Point}, not at {pointCode}.");
        }

        var window = (await ProfileAsync(pointCode)).FindWindow(windowId);
        if (window is null || !window.IsStaffedBy(user.Id))
        {
            throw Refuse("windowId", $"Clerk {user.Id} is neither the A nor the B clerk of window '{windowId}' at {pointCode}.");
        }
    }

    /// <summary>A window clerk of the point (any window): hand-offs and decisions at the point holding a matter.</summary>
    public async Task EnsureClerkAtPointAsync(CurrentClerk user, string pointCode, string field = "pointCode")
    {
        EnsureRole(user, Roles.WindowClerk);
        var profile = user.Point.Value == pointCode ? await ProfileAsync(pointCode) : null;
        if (profile is null || !profile.Windows.Any(w => w.IsStaffedBy(user.Id)))
        {
            throw Refuse(field, $"Clerk {user.Id} is not a clerk of {pointCode}, which holds the matter.");
        }
    }

    /// <summary>Hand up: a clerk of the point holding the matter (at the point of intake, of its window), or a proxy agent of that village.</summary>
    public async Task EnsureCanHandUpAsync(CurrentClerk user, MatterView matter)
    {
        if (user.IsIn(Roles.ProxyAgent))
        {
            var profile = user.Point.Value == matter.CurrentPointCode ? await ProfileAsync(matter.CurrentPointCode) : null;
            if (profile is null || profile.Tier != Tier.Village || !profile.ProxyAgents.Any(a => a.Id == user.Id))
            {
                throw Refuse("fromPointCode", $"Proxy agent {user.Id} may hand up only matters held at their own village.");
            }

            return;
        }

        if (matter.CurrentPointCode == matter.PointCode)
        {
            await EnsureClerkAtWindowAsync(user, matter.PointCode, matter.WindowId);
        }
        else
        {
            await EnsureClerkAtPointAsync(user, matter.CurrentPointCode, "fromPointCode");
        }
    }

    /// <summary>A/B switch: the window's own clerks, or the director of the point.</summary>
    public async Task EnsureCanSwitchWindowAsync(CurrentClerk user, string pointCode, string windowId)
    {
        if (user.IsIn(Roles.CenterDirector))
        {
            if (user.Point.Value != pointCode)
            {
                throw Refuse("pointCode", $"Director {user.Id} may switch posts only at {user.Point}.");
            }

            return;
        }

        await EnsureClerkAtWindowAsync(user, pointCode, windowId);
    }

    /// <summary>Hand-over: a clerk of a point the matter involves (the grain checks ownership), or the director of its point.</summary>
    public async Task EnsureCanHandOverAsync(CurrentClerk user, MatterView matter)
    {
        if (user.IsIn(Roles.CenterDirector))
        {
            if (user.Point.Value != matter.PointCode && user.Point.Value != matter.CurrentPointCode)
            {
                throw Refuse("receiptNumber", $"Director {user.Id} may hand over only matters of {user.Point}.");
            }

            return;
        }

        EnsureRole(user, Roles.WindowClerk);
        var chain = PointsOf(matter).ToHashSet(StringComparer.Ordinal);
        if (!chain.Contains(user.Point.Value))
        {
            throw Refuse("receiptNumber", $"Clerk {user.Id} works at none of the points matter {matter.ReceiptNumber} passes through.");
        }

        var profile = await ProfileAsync(user.Point.Value);
        if (!profile.Windows.Any(w => w.IsStaffedBy(user.Id)))
        {
            throw Refuse("receiptNumber", $"Clerk {user.Id} staffs no window at {user.Point}.");
        }
    }

    /// <summary>Re-checking deadlines: clerks and directors who can see the matter (not the read-only monitor).</summary>
    public void EnsureCanCheckDeadlines(CurrentClerk user, MatterView matter)
    {
        if (user.IsIn(Roles.CityMonitor) || user.IsIn(Roles.Administrator))
        {
            throw Refuse("role", $"{user.Role} is read-only for matters.");
        }

        EnsureCanReadMatter(user, matter);
    }

    public static void EnsureRole(CurrentClerk user, params string[] roles)
    {
        if (!roles.Contains(user.Role, StringComparer.Ordinal))
        {
            throw DomainException.Forbidden("role", "auth.role", $"This needs the role {string.Join(" or ", roles)}; {user.Id} is a {user.Role}.");
        }
    }

    private static IEnumerable<string> PointsOf(MatterView matter) =>
        matter.Hops.Select(h => h.PointCode)
            .Concat(matter.Parts.Select(p => p.PointCode))
            .Append(matter.PointCode)
            .Append(matter.CurrentPointCode)
            .Distinct(StringComparer.Ordinal);

    private async Task<ServicePointProfile> ProfileAsync(string pointCode) =>
        await grains.GetGrain<IServicePointGrain>(pointCode).GetProfile()
        ?? throw DomainException.NotFound("pointCode", "point.undefined", $"Service point {pointCode} is not defined.");

    private static DomainException Refuse(string field, string message) =>
        DomainException.Forbidden(field, "auth.jurisdiction", message);
}
