namespace Network.Grains.Interfaces.Statistics;

/// <summary>Matters taken in and closed (completed or returned) on one day, or in one hour of it.</summary>
[GenerateSerializer, Immutable]
public sealed record DayCount(
    [property: Id(0)] string Label,
    [property: Id(1)] long Received,
    [property: Id(2)] long Closed);
