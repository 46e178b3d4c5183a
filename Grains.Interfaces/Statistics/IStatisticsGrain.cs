using Network.Grains.Interfaces.Cases;
using Orleans.Concurrency;

namespace Network.Grains.Interfaces.Statistics;

/// <summary>
/// Statistics (统计) over the report rollups, never the ledger. A stateless worker (key: any
/// integer, use 0). The grain itself checks that the actor's jurisdiction reaches the point (and,
/// for a subtree, the points below it), whoever calls it.
/// </summary>
public interface IStatisticsGrain : IGrainWithIntegerKey
{
    /// <summary>A report of a period, with the period before it.</summary>
    Task<StatisticsReport> Read(Actor actor, StatisticsQuery query);

    /// <summary>
    /// The monitor's history of <paramref name="pointCode"/>'s subtree (or of one of its windows):
    /// today by hour, the last <paramref name="days"/> days by day, and today's figures one level below.
    /// </summary>
    Task<MonitorHistory> ReadHistory(Actor actor, string pointCode, string? windowId, int days);
}
