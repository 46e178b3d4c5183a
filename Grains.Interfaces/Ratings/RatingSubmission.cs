namespace Network.Grains.Interfaces.Ratings;

/// <summary>
/// What the citizen chose: a level, the aspects it is about, an optional comment, and whether they
/// rate by name (实名: the point may call them back on a bad rating) or anonymously.
/// </summary>
/// <param name="Level">One of the five levels.</param>
/// <param name="Aspects">What the level is about (态度, 效率, 结果); may be empty.</param>
/// <param name="Comment">Optional, at most <see cref="MaxCommentLength"/> characters.</param>
/// <param name="Named">The citizen agrees to be known and called back (实名评价).</param>
[GenerateSerializer, Immutable]
public sealed record RatingSubmission(
    [property: Id(0)] RatingLevel Level,
    [property: Id(1)] IReadOnlyList<RatingAspect> Aspects,
    [property: Id(2)] string? Comment,
    [property: Id(3)] bool Named)
{
    public const int MaxCommentLength = 200;
}
