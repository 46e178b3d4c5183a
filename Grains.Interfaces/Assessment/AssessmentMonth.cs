namespace Network.Grains.Interfaces.Assessment;

/// <summary>
/// The assessment (考核) of one month as computed now: the units at and below <see cref="PointCode"/>
/// (points, windows, clerks), each with its figures, index and ranks (ranks are among the whole
/// city's units), and the formula's weights it was computed with.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AssessmentMonth(
    [property: Id(0)] string PointCode,
    [property: Id(1)] string PointName,
    [property: Id(2)] string Month,
    [property: Id(3)] IReadOnlyList<AssessmentEntry> Points,
    [property: Id(4)] IReadOnlyList<AssessmentEntry> Windows,
    [property: Id(5)] IReadOnlyList<AssessmentEntry> Clerks,
    [property: Id(6)] ServiceIndexWeights Weights,
    [property: Id(7)] DateTimeOffset ComputedAt)
{
    /// <summary>Whether the month is over (only a finished month's 通报 may be published).</summary>
    [Id(8)] public bool IsComplete { get; init; }

    /// <summary>The number of the city's published 通报 of this month, if it has been published.</summary>
    [Id(9)] public string? BulletinNumber { get; init; }
}
