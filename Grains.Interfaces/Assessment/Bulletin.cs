namespace Network.Grains.Interfaces.Assessment;

/// <summary>
/// A published monthly 通报 of a city: the ranking and figures of the month as they were when it
/// was published (a record, never recomputed), readable by every point of the city.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Bulletin(
    [property: Id(0)] string Number,
    [property: Id(1)] string CityCode,
    [property: Id(2)] string CityName,
    [property: Id(3)] string Month,
    [property: Id(4)] DateTimeOffset PublishedAt,
    [property: Id(5)] string PublishedBy,
    [property: Id(6)] string? PublishedByName,
    [property: Id(7)] IReadOnlyList<AssessmentEntry> Points,
    [property: Id(8)] IReadOnlyList<AssessmentEntry> Windows,
    [property: Id(9)] IReadOnlyList<AssessmentEntry> Clerks,
    [property: Id(10)] ServiceIndexWeights Weights);
