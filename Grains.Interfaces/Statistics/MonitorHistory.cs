namespace Network.Grains.Interfaces.Statistics;

/// <summary>
/// The city monitor's history of a point's subtree (or one window of a point), read from the
/// rollups when the page opens: today by hour (China time, 00–23), the last days by day, and today's
/// figures by the points (or windows) one level below, for drilling down.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record MonitorHistory(
    [property: Id(0)] string PointCode,
    [property: Id(1)] string PointName,
    [property: Id(2)] string? WindowId,
    [property: Id(3)] DateOnly Today,
    [property: Id(4)] IReadOnlyList<DayCount> Hours,
    [property: Id(5)] IReadOnlyList<DayCount> Days,
    [property: Id(6)] IReadOnlyList<StatisticsRow> Below);
