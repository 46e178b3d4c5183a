namespace Network.Grains.Interfaces.Statistics;

/// <summary>
/// A statistics report (统计报表): the period asked for and the one before it (with their working
/// days from the calendar), the totals of both, the rows of the breakdown, and the days of the
/// period for a chart.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record StatisticsReport(
    [property: Id(0)] StatisticsQuery Query,
    [property: Id(1)] string PointName,
    [property: Id(2)] DateOnly From,
    [property: Id(3)] DateOnly To,
    [property: Id(4)] DateOnly PreviousFrom,
    [property: Id(5)] DateOnly PreviousTo,
    [property: Id(6)] int WorkingDays,
    [property: Id(7)] int PreviousWorkingDays,
    [property: Id(8)] StatisticsFigures Total,
    [property: Id(9)] StatisticsFigures PreviousTotal,
    [property: Id(10)] IReadOnlyList<StatisticsRow> Rows,
    [property: Id(11)] IReadOnlyList<DayCount> Days);
