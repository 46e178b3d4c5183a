namespace Network.Grains.Interfaces.Ratings;

/// <summary>A rating as staff see it: who was rated for what; never who rated (the comment is the citizen's own words).</summary>
[GenerateSerializer, Immutable]
public sealed record RatingView(
    [property: Id(0)] string RatingId,
    [property: Id(1)] string ReceiptNumber,
    [property: Id(2)] string PointCode,
    [property: Id(3)] string WindowId,
    [property: Id(4)] string ClerkId,
    [property: Id(5)] string ItemName,
    [property: Id(6)] RatingLevel Level,
    [property: Id(7)] IReadOnlyList<RatingAspect> Aspects,
    [property: Id(8)] string? Comment,
    [property: Id(9)] bool Named,
    [property: Id(10)] RatingChannel Channel,
    [property: Id(11)] DateTimeOffset RatedAt,
    [property: Id(12)] bool SetAside);
