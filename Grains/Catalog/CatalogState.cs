using Network.Grains.Interfaces.Catalog;

namespace Network.Grains.Catalog;

/// <summary>What a catalog keeps in Orleans grain storage.</summary>
[GenerateSerializer]
public sealed class CatalogState
{
    /// <summary>The items as stored before catalogs kept versions: read as version 1, in force from the start.</summary>
    [Id(0)]
    public List<ServiceItem> Items { get; set; } = [];

    /// <summary>Every version of every item (<see cref="ItemVersions"/>), in the order written.</summary>
    [Id(1)]
    public List<CatalogEntry> Entries { get; set; } = [];

    /// <summary>The entries, with items stored before versions carried over.</summary>
    public List<CatalogEntry> Versions()
    {
        if (Items.Count > 0 && Entries.Count == 0)
        {
            Entries = Items.Select(i => new CatalogEntry(i with { Version = 1, EffectiveFrom = null }, DateOnly.MinValue, false)).ToList();
            Items = [];
        }

        return Entries;
    }
}
