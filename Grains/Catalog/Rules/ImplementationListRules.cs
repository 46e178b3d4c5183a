using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;

namespace Network.Grains.Catalog.Rules;

/// <summary>
/// A point's implementation list (实施清单) against its city's master catalog (pure): every item names
/// its code; an item of the master follows the master's standard or a deviation the city approved for
/// this point; an own item (自选事项) is one the city approved. A city without a master catalog
/// (<paramref name="master"/> null) leaves its points' lists as they publish them.
/// </summary>
public static class ImplementationListRules
{
    /// <param name="day">The day the list takes effect: an approved change counts from its own effective day only.</param>
    public static void Ensure(IReadOnlyList<ServiceItem> items, DivisionCode point, IReadOnlyDictionary<string, ServiceItem>? master, IReadOnlyList<CatalogEntry> approved, DateOnly day)
    {
        if (master is null)
        {
            return;
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var field = $"items[{i}]";
            var code = Governed(item, field, point, master);
            if (!codes.Add(code))
            {
                throw DomainException.Invalid($"{field}.code", "item.duplicateCode", $"Code {code} appears twice: a point implements an item once.");
            }

            var differences = ItemCode.IsLocalOf(code, point.Value) ? ["code"] : CatalogStandard.Differences(item, master[code]);
            if (differences.Count > 0 && !IsApproved(item, approved, day))
            {
                throw Unapproved(field, item, differences);
            }
        }
    }

    /// <summary>The item's code, if it is one a point of this city may implement: a master code in force, or an own item's code of this point.</summary>
    public static string Governed(ServiceItem item, string field, DivisionCode point, IReadOnlyDictionary<string, ServiceItem> master)
    {
        if (item.Code is null)
        {
            throw DomainException.Invalid($"{field}.code", "item.codeRequired", $"{item.Name}: every item names its code in the city's master catalog (基本目录) or the code of an own item the city approved.");
        }

        if (ItemCode.IsLocalOf(item.Code, point.Value) || master.ContainsKey(item.Code))
        {
            return item.Code;
        }

        throw DomainException.Invalid($"{field}.code", "item.unknownCode", $"There is no item {item.Code} in the master catalog of city {ItemCode.CityOf(point)} in force today.");
    }

    /// <summary>Whether the city approved <paramref name="item"/>'s standard for this point in force by <paramref name="day"/> (an adopted change of the same code and standard).</summary>
    public static bool IsApproved(ServiceItem item, IReadOnlyList<CatalogEntry> approved, DateOnly day) =>
        approved.Any(e => e.ChangeId is not null && e.EffectiveFrom <= day && e.Item.Code == item.Code && CatalogStandard.Differences(item, e.Item).Count == 0);

    private static DomainException Unapproved(string field, ServiceItem item, IReadOnlyList<string> differences) =>
        DomainException.Conflict(
            "catalog.unapprovedDeviation",
            differences.SequenceEqual(["code"])
                ? $"{item.Name} ({item.Code}) is an own item the city has not approved; propose it to the city first."
                : $"{item.Name} ({item.Code}) differs from the city's master catalog in {string.Join(", ", differences)} without the city's approval; propose the change to the city first.",
            field);
}
