using Network.Grains.Interfaces.Matters;

namespace Network.Grains.Interfaces.Supervision;

/// <summary>A supervision order as one actor sees it, with what that actor may do now.</summary>
[GenerateSerializer, Immutable]
public sealed record SupervisionOrderView(
    [property: Id(0)] string Number,
    [property: Id(1)] string PointCode,
    [property: Id(2)] string PointName,
    [property: Id(3)] string IssuerPointCode,
    [property: Id(4)] string IssuedBy,
    [property: Id(5)] SupervisionTarget Target,
    [property: Id(6)] string Instructions,
    [property: Id(7)] SupervisionOrderStatus Status,
    [property: Id(8)] DateTimeOffset IssuedAt,
    [property: Id(9)] DateOnly DueDate,
    [property: Id(10)] FlagLevel Flag,
    [property: Id(11)] string? Reply,
    [property: Id(12)] string? RepliedBy,
    [property: Id(13)] string? SendBackReason,
    [property: Id(14)] int Rounds,
    [property: Id(15)] int Version)
{
    [Id(16)]
    public IReadOnlyList<SupervisionOrderAction> AllowedActions { get; init; } = [];

    [Id(17)]
    public bool IsClosed { get; init; }
}
