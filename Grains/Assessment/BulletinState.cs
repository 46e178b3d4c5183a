using Network.Grains.Interfaces.Assessment;

namespace Network.Grains.Assessment;

/// <summary>A published 通报 as stored (kind <c>bulletin</c>): the month's ranking and figures frozen when published. Immutable; it is never changed.</summary>
public sealed record BulletinState
{
    public required string Number { get; init; }

    public required string CityCode { get; init; }

    public required string CityName { get; init; }

    public required string Month { get; init; }

    public required DateTimeOffset PublishedAt { get; init; }

    public required string PublishedBy { get; init; }

    public string? PublishedByName { get; init; }

    public required IReadOnlyList<AssessmentEntry> Points { get; init; }

    public required IReadOnlyList<AssessmentEntry> Windows { get; init; }

    public required IReadOnlyList<AssessmentEntry> Clerks { get; init; }

    public required ServiceIndexWeights Weights { get; init; }

    /// <summary>A published 通报 is closed: nothing changes it.</summary>
    public static bool IsClosed => true;

    public Bulletin ToView() => new(Number, CityCode, CityName, Month, PublishedAt, PublishedBy, PublishedByName, Points, Windows, Clerks, Weights);

    public BulletinSummary ToSummary() => new(Number, CityCode, Month, PublishedAt);
}
