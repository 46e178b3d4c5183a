namespace Network.Grains.Interfaces.CatalogChanges;

/// <summary>A line of a list of catalog changes.</summary>
[GenerateSerializer, Immutable]
public sealed record CatalogChangeSummary(
    [property: Id(0)] string Number,
    [property: Id(1)] string PointCode,
    [property: Id(2)] string PointName,
    [property: Id(3)] CatalogChangeKind Kind,
    [property: Id(4)] string ItemId,
    [property: Id(5)] string ItemName,
    [property: Id(6)] string? Code,
    [property: Id(7)] CatalogChangeStatus Status,
    [property: Id(8)] DateTimeOffset ProposedAt,
    [property: Id(9)] DateOnly? EffectiveFrom,
    [property: Id(10)] bool IsClosed);
