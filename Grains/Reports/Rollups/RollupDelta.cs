namespace Network.Grains.Reports.Rollups;

/// <summary>
/// What one commit adds to the rollups: the facts of the case after it minus the facts before it,
/// keys that cancel out dropped, in key order. Because every commit adds exactly this difference,
/// the rollups always equal the sum of the facts of every case's current state — a recount.
/// </summary>
public static class RollupDelta
{
    public static IReadOnlyList<RollupFact> Between(IEnumerable<RollupFact> before, IEnumerable<RollupFact> after)
    {
        var sums = new Dictionary<RollupKey, long>();
        foreach (var fact in before)
        {
            sums[fact.Key] = sums.GetValueOrDefault(fact.Key) - fact.Count;
        }

        foreach (var fact in after)
        {
            sums[fact.Key] = sums.GetValueOrDefault(fact.Key) + fact.Count;
        }

        return Sorted(sums);
    }

    /// <summary>The facts summed per key, zeros dropped, in key order.</summary>
    public static IReadOnlyList<RollupFact> Sum(IEnumerable<RollupFact> facts)
    {
        var sums = new Dictionary<RollupKey, long>();
        foreach (var fact in facts)
        {
            sums[fact.Key] = sums.GetValueOrDefault(fact.Key) + fact.Count;
        }

        return Sorted(sums);
    }

    private static RollupFact[] Sorted(Dictionary<RollupKey, long> sums)
    {
        if (sums.Count == 0)
        {
            return [];
        }

        var facts = new List<RollupFact>(sums.Count);
        foreach (var (k, n) in sums)
        {
            if (n != 0)
            {
                facts.Add(new RollupFact(k.Day, k.PointCode, k.WindowId, k.ItemId, k.ClerkId, k.Figure, k.Bucket, n));
            }
        }

        var array = facts.ToArray();
        Array.Sort(array, (a, b) => a.Key.CompareTo(b.Key));
        return array;
    }
}
