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
    /// ordinal, so a commit's delta is in one order whatever its facts' order. (The rows are locked in
    /// the database's order of the key: <see cref="RollupSql"/> sorts them itself.)
    /// </summary>
    public int CompareTo(RollupKey other)
    {
        var c = string.CompareOrdinal(PointCode, 0, other.PointCode, 0, 6);
        if (c != 0)
        {
            return c;
        }

        c = Day.CompareTo(other.Day);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(PointCode, other.PointCode);
        c = c != 0 ? c : string.CompareOrdinal(WindowId, other.WindowId);
        c = c != 0 ? c : string.CompareOrdinal(ItemId, other.ItemId);
        c = c != 0 ? c : string.CompareOrdinal(ClerkId, other.ClerkId);
        c = c != 0 ? c : string.CompareOrdinal(Figure, other.Figure);
        return c != 0 ? c : string.CompareOrdinal(Bucket, other.Bucket);
    }

    public string City => PointCode.Length >= 6 ? PointCode[..6] : PointCode;
}
