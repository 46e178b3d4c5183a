using Network.Grains.Interfaces.Citizens;
using Network.Grains.Interfaces.Ratings;

namespace Network.Grains.Rectifications;

/// <summary>What a bad rating hands its rectification when it opens it (internal).</summary>
[GenerateSerializer, Immutable]
public sealed record RectificationOpening(
    [property: Id(0)] string RatingId,
    [property: Id(1)] string ReceiptNumber,
    [property: Id(2)] string PointCode,
    [property: Id(3)] string WindowId,
    [property: Id(4)] string ClerkId,
    [property: Id(5)] string ItemName,
    [property: Id(6)] RatingLevel Level,
    [property: Id(7)] IReadOnlyList<RatingAspect> Aspects,
    [property: Id(8)] string? Comment,
    [property: Id(9)] Citizen? Contact,
    [property: Id(10)] DateTimeOffset RatedAt)
{
    public bool Named => Contact is not null;

    public override string ToString() => $"RectificationOpening({RatingId})";
}
