namespace Network.Grains.Interfaces.Statistics;

/// <summary>One row of a report: a point, window, item, clerk or day, its figures and those of the period before.</summary>
[GenerateSerializer, Immutable]
public sealed record StatisticsRow(
    [property: Id(0)] string Key,
    [property: Id(1)] string Name,
    [property: Id(2)] StatisticsFigures Figures,
    [property: Id(3)] StatisticsFigures Previous)
{
    /// <summary>Whether a report of this row's key narrows further (a point with points or windows below it).</summary>
    [Id(4)] public bool CanNarrow { get; init; }
}
