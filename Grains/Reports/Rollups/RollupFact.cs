namespace Network.Grains.Reports.Rollups;

/// <summary>
/// One counted fact of a case, as a report rollup keeps it: on a China day, at a point, window,
/// item and clerk, a figure (<see cref="RollupFigures"/>) in a bucket, <see cref="Count"/> times.
/// A missing window, item or clerk is <c>""</c>. A commit adds the facts of its case after the
/// change and subtracts those before it (<see cref="RollupDelta"/>).
/// </summary>
public readonly record struct RollupFact(
    DateOnly Day,
    string PointCode,
    string WindowId,
    string ItemId,
    string ClerkId,
    string Figure,
    string Bucket,
    long Count)
{
    /// <summary>The city of the point (the first six digits of its division code): the rollup's first key column.</summary>
    public string City => Key.City;

    /// <summary>The fact's key (everything but the count).</summary>
    public RollupKey Key => new(Day, PointCode, WindowId, ItemId, ClerkId, Figure, Bucket);
}
