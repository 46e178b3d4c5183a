using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Ratings;

namespace Network.Grains.Interfaces.Rectifications;

/// <summary>A rectification in a list (the director's workbench): no personal data.</summary>
[GenerateSerializer, Immutable]
public sealed record RectificationSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] string PointCode,
    [property: Id(2)] string WindowId,
    [property: Id(3)] string ItemName,
    [property: Id(4)] RatingLevel Level,
    [property: Id(5)] RectificationStatus Status,
    [property: Id(6)] DateTimeOffset RatedAt,
    [property: Id(7)] DateOnly CallBackDue,
    [property: Id(8)] DateOnly? DueDate,
    [property: Id(9)] FlagLevel Flag,
    [property: Id(10)] bool Named,
    [property: Id(11)] bool IsClosed);
