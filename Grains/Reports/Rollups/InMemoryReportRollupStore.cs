using System.Globalization;
using Network.Grains.Cases.Storage;

namespace Network.Grains.Reports.Rollups;

/// <summary>The rollups the in-memory case store keeps with its commits, summed as PostgreSQL would.</summary>
public sealed class InMemoryReportRollupStore(InMemoryCaseStore store) : IReportRollupStore
{
    public Task<IReadOnlyList<RollupSum>> SumAsync(RollupQuery query, CancellationToken cancellationToken = default)
    {
        var sums = store.RollupSnapshot()
            .Where(f => f.Day >= query.From && f.Day <= query.To && query.Scope.Contains(f.PointCode)
                && (query.WindowId is null || f.WindowId == query.WindowId)
                && (query.ItemId is null || f.ItemId == query.ItemId)
                && (query.ClerkId is null || f.ClerkId == query.ClerkId)
                && (query.Figures is null || query.Figures.Contains(f.Figure)))
            .GroupBy(f => (Group: GroupOf(f, query), f.Figure, Bucket: query.SumBuckets ? string.Empty : f.Bucket))
            .Select(g => new RollupSum(g.Key.Group, g.Key.Figure, g.Key.Bucket, g.Sum(f => f.Count)))
            .Where(s => s.Count != 0)
            .ToArray();
        return Task.FromResult<IReadOnlyList<RollupSum>>(sums);
    }

    private static string GroupOf(RollupFact fact, RollupQuery query) => query.By switch
    {
        RollupGrouping.Point => fact.PointCode,
        RollupGrouping.PointBelow => fact.PointCode.Length > query.Scope.PointCode.Length ? fact.PointCode[..(query.Scope.PointCode.Length + 3)] : fact.PointCode,
        RollupGrouping.Window => fact.WindowId,
        RollupGrouping.Item => fact.ItemId,
        RollupGrouping.Clerk => fact.ClerkId,
        RollupGrouping.Day => fact.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        RollupGrouping.PointWindow => $"{fact.PointCode}/{fact.WindowId}",
        RollupGrouping.PointClerk => $"{fact.PointCode}/{fact.ClerkId}",
        _ => string.Empty,
    };
}
