using Network.Grains.Interfaces.Catalog;

namespace Network.Grains.Catalog;

/// <summary>What the network tells a point's catalog (internal: never in Grains.Interfaces).</summary>
internal interface ICatalogUpkeepGrain : IGrainWithStringKey
{
    /// <summary>
    /// Adopts an approved change (<paramref name="changeNumber"/>): <paramref name="item"/> becomes the
    /// item's next version at the point from <paramref name="effectiveFrom"/>. Idempotent per change.
    /// </summary>
    Task<ServiceItem> Adopt(string changeNumber, ServiceItem item, DateOnly effectiveFrom);
}
