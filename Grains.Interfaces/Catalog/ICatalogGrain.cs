namespace Network.Grains.Interfaces.Catalog;

/// <summary>The public catalog (服务事项目录) of one service point, keyed by the point's code.</summary>
public interface ICatalogGrain : IGrainWithStringKey
{
    /// <summary>
    /// Replaces the catalog with <paramref name="items"/>, after checking every item against the
    /// point (its windows, its tier). All or nothing: one bad item refuses the whole list.
    /// </summary>
    Task Publish(IReadOnlyList<ServiceItem> items);

    /// <summary>Every item of the catalog, in the order published.</summary>
    Task<IReadOnlyList<ServiceItem>> List();

    /// <summary>One item, or null when the catalog has no such id.</summary>
    Task<ServiceItem?> Find(string itemId);
}
