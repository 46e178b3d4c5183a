namespace Network.Grains.Interfaces.Statistics;

/// <summary>
/// A statistics report asked for: a point (with its subtree if <see cref="Subtree"/>), the period of
/// <see cref="Period"/> that contains <see cref="Day"/> (a China day), optionally one window, item or
/// clerk, split into rows by <see cref="By"/>.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record StatisticsQuery(
    [property: Id(0)] string PointCode,
    [property: Id(1)] StatisticsPeriod Period,
    [property: Id(2)] DateOnly Day)
{
    [Id(3)]
    public bool Subtree { get; init; }

    [Id(4)]
    public string? WindowId { get; init; }

    [Id(5)]
    public string? ItemId { get; init; }

    [Id(6)]
    public string? ClerkId { get; init; }

    [Id(7)]
    public StatisticsBreakdown By { get; init; }
}
