namespace Network.Grains.Interfaces.Assessment;

/// <summary>
/// One service item's line on the public quarterly page (办结公告): counts and satisfaction only,
/// no person of any kind.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PublishedItemFigures(
    [property: Id(0)] string ItemName,
    [property: Id(1)] int Received,
    [property: Id(2)] int Completed,
    [property: Id(3)] int OnTime,
    [property: Id(4)] int Returned,
    [property: Id(5)] int Rated,
    [property: Id(6)] decimal? Satisfaction);
