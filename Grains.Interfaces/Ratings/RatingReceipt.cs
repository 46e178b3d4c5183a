namespace Network.Grains.Interfaces.Ratings;

/// <summary>What the citizen is told after rating: it is recorded, and whether the point will follow it up (a bad rating).</summary>
[GenerateSerializer, Immutable]
public sealed record RatingReceipt(
    [property: Id(0)] string RatingId,
    [property: Id(1)] RatingLevel Level,
    [property: Id(2)] DateTimeOffset RatedAt,
    [property: Id(3)] bool FollowedUp,
    [property: Id(4)] bool CallBack);
