namespace Network.Grains.Interfaces.Ratings;

/// <summary>Ratings of <paramref name="PointCode"/> and every point below it, per point and day, from <paramref name="From"/> to <paramref name="To"/> (China days, inclusive).</summary>
[GenerateSerializer, Immutable]
public sealed record RatingTallyQuery(
    [property: Id(0)] string PointCode,
    [property: Id(1)] DateOnly From,
    [property: Id(2)] DateOnly To);
