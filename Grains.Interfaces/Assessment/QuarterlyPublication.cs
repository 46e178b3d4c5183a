namespace Network.Grains.Interfaces.Assessment;

/// <summary>
/// The public quarterly publication (办结公告, 每季度滚动公开) of one point: matters by item, completed
/// and on-time counts, satisfaction. Aggregates only: no names, no ID numbers, no clerks, no receipt numbers.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record QuarterlyPublication(
    [property: Id(0)] string PointCode,
    [property: Id(1)] string PointName,
    [property: Id(2)] int Year,
    [property: Id(3)] int Quarter,
    [property: Id(4)] DateOnly From,
    [property: Id(5)] DateOnly To,
    [property: Id(6)] IReadOnlyList<PublishedItemFigures> Items,
    [property: Id(7)] PublishedItemFigures Total,
    [property: Id(8)] bool IsComplete,
    [property: Id(9)] string? SupervisionPhone);
