namespace Network.Grains.Interfaces.Catalog;

/// <summary>
/// A city's master catalog (基本目录), keyed by the city's 6-digit code: every item the city's points
/// may implement, with its stable code (<see cref="ItemCode"/>) and the standard the city decided —
/// deciding tier, kind, time limit, fee, materials, conditions, legal basis, procedure, result.
/// Items carry no window: each point's implementation list adds its own.
/// </summary>
public interface IMasterCatalogGrain : IGrainWithStringKey
{
    /// <summary>
    /// Publishes the master catalog in force from today: each item's code unique and of the city,
    /// unchanged items keep their version, a changed one gets the next; an item left out is withdrawn.
    /// </summary>
    Task<IReadOnlyList<ServiceItem>> Publish(IReadOnlyList<ServiceItem> items);

    /// <summary>The master items in force today.</summary>
    Task<IReadOnlyList<ServiceItem>> List();

    /// <summary>The master items in force on <paramref name="day"/>.</summary>
    Task<IReadOnlyList<ServiceItem>> ListOn(DateOnly day);
}
