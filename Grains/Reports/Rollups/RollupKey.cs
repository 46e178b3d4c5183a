namespace Network.Grains.Reports.Rollups;

/// <summary>The key of one rollup row (its city follows from the point).</summary>
public readonly record struct RollupKey(
    DateOnly Day,
    string PointCode,
    string WindowId,
    string ItemId,
    string ClerkId,
    string Figure,
    string Bucket) : IComparable<RollupKey>
{
    /// <summary>
    /// The order of the table's primary key (city, day, point, window, item, clerk, figure, bucket),
    /// ordinal: every transaction locks rollup rows in this order, so two never wait for each other
    /// in a cycle.
    /// </summary>
    public int CompareTo(RollupKey other)
    {
        var c = string.CompareOrdinal(City, other.City);
        if (c != 0)
        {
            return c;
        }

        c = Day.CompareTo(other.Day);
        if (c != 0)
        {
            return c;
        }

        foreach (var (a, b) in new[] { (PointCode, other.PointCode), (WindowId, other.WindowId), (ItemId, other.ItemId), (ClerkId, other.ClerkId), (Figure, other.Figure), (Bucket, other.Bucket) })
        {
            c = string.CompareOrdinal(a, b);
            if (c != 0)
            {
                return c;
            }
        }

        return 0;
    }

    public string City => PointCode.Length >= 6 ? PointCode[..6] : PointCode;
}
