namespace Network.Grains.Interfaces.Catalog;

/// <summary>
/// The implementation list (实施清单) of one service point, keyed by the point's code: the items
/// it implements, each version with the day it came into force. In a city that keeps a master
/// catalog (<see cref="IMasterCatalogGrain"/>) every item is a selection from it with local details
/// (window, hours, contact); a deviation or an own item comes only through the city's approval.
/// </summary>
public interface ICatalogGrain : IGrainWithStringKey
{
    /// <summary>
    /// Publishes the list in force from today (the trade's clock), after checking every item against
    /// the point (its windows, its tier) and, where the city keeps a master catalog, against the
    /// master or an approved change (409 <c>catalog.unapprovedDeviation</c> otherwise). All or
    /// nothing: one bad item refuses the whole list. Items unchanged keep their version.
    /// </summary>
    Task Publish(IReadOnlyList<ServiceItem> items);

    /// <summary>Every item in force today, in the order published.</summary>
    Task<IReadOnlyList<ServiceItem>> List();

    /// <summary>Every item in force on <paramref name="day"/> (the approved version of each).</summary>
    Task<IReadOnlyList<ServiceItem>> ListOn(DateOnly day);

    /// <summary>One item in force today, or null when the list has no such id.</summary>
    Task<ServiceItem?> Find(string itemId);

    /// <summary>One version of an item, in force or not (what a matter was taken in under); null when unknown.</summary>
    Task<ServiceItem?> FindVersion(string itemId, int version);

    /// <summary>The point's handbook (办事指南手册) of <paramref name="day"/> (null: today): its items in force, each with its window and flow.</summary>
    Task<CatalogHandbook> Handbook(DateOnly? day);
}
