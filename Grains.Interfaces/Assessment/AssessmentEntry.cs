namespace Network.Grains.Interfaces.Assessment;

/// <summary>
/// One unit's line in an assessment: names, the figures behind it, its index, and its rank within
/// its township (乡镇内排名) and within the city (全市排名) among units of its kind (points: of their
/// tier). A unit without enough closed matters is not ranked (<see cref="Score"/> null).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AssessmentEntry(
    [property: Id(0)] AssessmentUnit Unit,
    [property: Id(1)] string PointName,
    [property: Id(2)] string? WindowName,
    [property: Id(3)] string? ClerkName,
    [property: Id(4)] AssessmentFigures Figures,
    [property: Id(5)] ServiceIndexScore? Score)
{
    /// <summary>Rank within the township (the township and its villages); null for the city center's units or when not ranked.</summary>
    [Id(6)] public int? TownshipRank { get; init; }

    /// <summary>How many units of this kind were ranked in the township.</summary>
    [Id(7)] public int TownshipRanked { get; init; }

    /// <summary>Rank within the city; null when not ranked.</summary>
    [Id(8)] public int? CityRank { get; init; }

    /// <summary>How many units of this kind were ranked in the city.</summary>
    [Id(9)] public int CityRanked { get; init; }
}
