using Network.Grains.Interfaces.Network;

namespace Network.Grains.Interfaces.Catalog;

/// <summary>
/// A point's handbook (办事指南手册) for one day: its items in force, each with the window that takes
/// it in and the flow of its procedure. No staff names: it is printed for the public.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CatalogHandbook(
    [property: Id(0)] string PointCode,
    [property: Id(1)] string PointName,
    [property: Id(2)] Tier Tier,
    [property: Id(3)] DateOnly Day,
    [property: Id(4)] string? SupervisionPhone,
    [property: Id(5)] IReadOnlyList<HandbookEntry> Entries);
