using Network.Grains.Interfaces.Catalog;

namespace Network.Grains.Catalog;

/// <summary>What a catalog keeps in Orleans grain storage.</summary>
[GenerateSerializer]
public sealed class CatalogState
{
    [Id(0)]
    public List<ServiceItem> Items { get; set; } = [];
}
