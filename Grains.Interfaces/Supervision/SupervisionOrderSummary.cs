using Network.Grains.Interfaces.Matters;

namespace Network.Grains.Interfaces.Supervision;

/// <summary>One line of a workbench's list of supervision orders.</summary>
[GenerateSerializer, Immutable]
public sealed record SupervisionOrderSummary(
    [property: Id(0)] string Number,
    [property: Id(1)] string PointCode,
    [property: Id(2)] string IssuerPointCode,
    [property: Id(3)] SupervisionTarget Target,
    [property: Id(4)] string Instructions,
    [property: Id(5)] SupervisionOrderStatus Status,
    [property: Id(6)] DateTimeOffset IssuedAt,
    [property: Id(7)] DateOnly DueDate,
    [property: Id(8)] FlagLevel Flag,
    [property: Id(9)] bool IsClosed);
