namespace Network.Grains.Catalog;

/// <summary>What a city's master catalog keeps in Orleans grain storage: every version of every item.</summary>
[GenerateSerializer]
public sealed class MasterCatalogState
{
    [Id(0)]
    public List<CatalogEntry> Entries { get; set; } = [];
}
