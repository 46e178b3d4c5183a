using Network.Grains.Interfaces.Catalog;

namespace Network.Grains.Interfaces.CatalogChanges;

/// <summary>A proposed catalog change as one actor sees it, with what that actor may do now.</summary>
[GenerateSerializer, Immutable]
public sealed record CatalogChangeView(
    [property: Id(0)] string Number,
    [property: Id(1)] string PointCode,
    [property: Id(2)] string PointName,
    [property: Id(3)] string CityCode,
    [property: Id(4)] CatalogChangeKind Kind,
    [property: Id(5)] ServiceItem Item,
    [property: Id(6)] ServiceItem? MasterItem,
    [property: Id(7)] IReadOnlyList<string> Differences,
    [property: Id(8)] string Reason,
    [property: Id(9)] DateOnly RequestedFrom,
    [property: Id(10)] CatalogChangeStatus Status,
    [property: Id(11)] string ProposedBy,
    [property: Id(12)] DateTimeOffset ProposedAt,
    [property: Id(13)] string? DecidedBy,
    [property: Id(14)] DateTimeOffset? DecidedAt,
    [property: Id(15)] DateOnly? EffectiveFrom,
    [property: Id(16)] string? RefusalReason,
    [property: Id(17)] string? Note,
    [property: Id(18)] int Version)
{
    [Id(19)]
    public IReadOnlyList<CatalogChangeAction> AllowedActions { get; init; } = [];

    [Id(20)]
    public bool IsClosed { get; init; }
}
