namespace Network.Grains.Reports.Rollups;

/// <summary>
/// The read side of the report rollups (<c>report_rollup</c>): sums over a period for a point or
/// its subtree, a window, an item, a clerk, grouped as asked. Period reports read this and never
/// the ledger. <see cref="PostgresReportRollupStore"/>; <see cref="InMemoryReportRollupStore"/> for
/// the memory fallback.
/// </summary>
public interface IReportRollupStore
{
    Task<IReadOnlyList<RollupSum>> SumAsync(RollupQuery query, CancellationToken cancellationToken = default);
}
