using Network.Grains.Interfaces.Catalog;

namespace Network.Grains.Catalog;

/// <summary>
/// One version of one item as a catalog keeps it: the item (carrying its <see cref="ServiceItem.Version"/>
/// and <see cref="ServiceItem.EffectiveFrom"/>), whether this version withdraws the item from that day,
/// and the approved change it came from (null for a publication).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CatalogEntry(
    [property: Id(0)] ServiceItem Item,
    [property: Id(1)] DateOnly EffectiveFrom,
    [property: Id(2)] bool Withdrawn)
{
    [Id(3)]
    public string? ChangeId { get; init; }
}
