using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Network.Grains.Queries.Search;
using Network.Grains.Reports.Rollups;
using Network.Grains.Tests.Flows;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using Npgsql;
using static Network.Grains.Tests.Infrastructure.TestNetwork;

namespace Network.Grains.Tests.Reports;

/// <summary>
/// The report's daily chart over closed days (<see cref="ClosedFlowDays"/>, 127): summed once by the
/// first report that reads a closed day, it gives the same figures as the points' daily rows, and a
/// day a late case adds to (the backfill of a case committed before the rollups) is summed again.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ClosedFlowDaysTests(PostgresFixture db)
{
    /// <summary>Wed 30 Sep 2026, the eve of National Day.</summary>
    private static readonly DateOnly Eve = new(2026, 9, 30);

    private static readonly (DateOnly From, DateOnly To) Period = (new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 31));

    [Fact]
    public async Task The_daily_chart_of_closed_days_is_summed_once_with_the_same_figures_and_a_day_a_late_case_adds_to_is_summed_again()
    {
        await using var flow = await FlowCluster.StartAsync(db, Eve);
        // Matters taken in on 30 Sep; returned 30 Sep; completed 13 and 14 Oct; the clock ends on 14 Oct.
        var open = await RollupTests.MixedFlowAsync(flow);
        Assert.Equal(new DateOnly(2026, 10, 14), flow.Today);
        var late = await LateCaseAsync(flow, open);
        await using var dataSource = NpgsqlDataSource.Create(flow.ConnectionString);
        var store = new PostgresReportRollupStore(dataSource, flow.Clock);

        // Without the late case: every report equals the points' daily rows, and the closed days
        // (1 Sep – 12 Oct: today − 2) are summed once, the open ones (13, 14 Oct) are not; a second read sums nothing more.
        var before = await AssertSameFiguresAsync(flow, store);
        Assert.Equal(42, await flow.CountAsync("SELECT count(*) FROM report_rollup_flow_day WHERE unit = '' AND figure = ''"));
        Assert.Equal(0, await flow.CountAsync("SELECT count(*) FROM report_rollup_flow_day WHERE day > '2026-10-12'"));
        var summed = await flow.CountAsync("SELECT count(*) FROM report_rollup_flow_day");
        Assert.Equal(before, await AssertSameFiguresAsync(flow, store));
        Assert.Equal(summed, await flow.CountAsync("SELECT count(*) FROM report_rollup_flow_day"));

        // A closed day is read from its sums: the points' rows of 30 Sep changed behind its back do not show.
        await RollupTests.ExecuteAsync(flow, "UPDATE report_rollup_point_day SET n = n + 1000 WHERE day = '2026-09-30'");
        Assert.Equal(before, Received(await store.SumAsync(Chart(new PointScope(City, Subtree: true))), "2026-09-30"));
        await RollupTests.ExecuteAsync(flow, "UPDATE report_rollup_point_day SET n = n - 1000 WHERE day = '2026-09-30'");

        // The late case is listed for the backfill: while it waits no day is summed (two are forgotten to show it).
        await RollupTests.ExecuteAsync(flow, $"INSERT INTO report_rollup_pending (kind, case_id) VALUES ('matter', '{late}')");
        await RollupTests.ExecuteAsync(flow, "DELETE FROM report_rollup_flow_day WHERE day IN ('2026-09-01', '2026-09-02')");
        await store.SumAsync(Chart(new PointScope(City, Subtree: true)));
        Assert.Equal(40, await flow.CountAsync("SELECT count(*) FROM report_rollup_flow_day WHERE unit = '' AND figure = ''"));

        // The backfill counts it on 30 Sep (a closed day) and forgets that day's sums; the next report sums it again.
        Assert.Equal(1, await flow.Cluster.Silos[0].ServiceProvider.GetRequiredService<RollupBackfill>().RunAsync());
        Assert.Equal(0, await flow.CountAsync("SELECT count(*) FROM report_rollup_flow_day WHERE day = '2026-09-30'"));
        Assert.Equal(before + 1, await AssertSameFiguresAsync(flow, store));
        Assert.Equal(42, await flow.CountAsync("SELECT count(*) FROM report_rollup_flow_day WHERE unit = '' AND figure = ''"));
    }

    /// <summary>
    /// The open matter taken in on 30 Sep (<paramref name="late"/>) as if committed before the rollups
    /// existed: its facts taken out of every rollup (the rollups recounted by the backfill without it),
    /// its case not pending yet. Not any matter: the returned one, or the one completed on 14 Oct, would
    /// take a figure the chart is checked for out of the flow.
    /// </summary>
    private static async Task<string> LateCaseAsync(FlowCluster flow, string late)
    {
        foreach (var table in new[] { "report_rollup", "report_rollup_point_day", "report_rollup_point_month" })
        {
            await RollupTests.ExecuteAsync(flow, $"DELETE FROM {table}");
        }

        await RollupTests.ExecuteAsync(flow, $"INSERT INTO report_rollup_pending (kind, case_id) SELECT kind, case_id FROM case_record WHERE kind IN ('matter', 'rating', 'complaint', 'queue') AND case_id <> '{late}'");
        await flow.Cluster.Silos[0].ServiceProvider.GetRequiredService<RollupBackfill>().RunAsync();
        return late;
    }

    /// <summary>
    /// For the city's subtree, a township's subtree and the city's own point: the chart (closed days
    /// summed) equals the daily rollup's facts summed by day and figure, and the points' daily rows
    /// read with their buckets. Returns the city's matters taken in on 30 Sep.
    /// </summary>
    private static async Task<long> AssertSameFiguresAsync(FlowCluster flow, PostgresReportRollupStore store)
    {
        var facts = await RollupTests.StoredRollupsAsync(flow);
        foreach (var scope in new[] { new PointScope(City, Subtree: true), new PointScope(Township, Subtree: true), new PointScope(City, Subtree: false) })
        {
            var chart = Chart(scope);
            Assert.True(ClosedFlowDays.Serves(chart));
            var expected = Sorted(facts
                .Where(f => f.Day >= Period.From && f.Day <= Period.To && scope.Contains(f.PointCode) && ClosedFlowDays.Figures.Contains(f.Figure))
                .GroupBy(f => (Day: f.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), f.Figure))
                .Select(g => new RollupSum(g.Key.Day, g.Key.Figure, string.Empty, g.Sum(f => f.Count)))
                .Where(s => s.Count != 0));
            var fromPoints = Sorted((await store.SumAsync(chart with { SumBuckets = false }))
                .GroupBy(s => (s.Group, s.Figure))
                .Select(g => new RollupSum(g.Key.Group, g.Key.Figure, string.Empty, g.Sum(s => s.Count))));

            Assert.Equal(expected, Sorted(await store.SumAsync(chart)));
            Assert.Equal(expected, fromPoints);
        }

        var city = Sorted(await store.SumAsync(Chart(new PointScope(City, Subtree: true))));
        Assert.Contains(city, s => s.Figure == RollupFigures.Returned && s.Group == "2026-09-30");
        Assert.Contains(city, s => s.Figure == RollupFigures.Completed && s.Group == "2026-10-14");
        return Received(city, "2026-09-30");
    }

    private static RollupQuery Chart(PointScope scope) =>
        new(scope, Period.From, Period.To, RollupGrouping.Day) { Figures = ClosedFlowDays.Figures, SumBuckets = true };

    private static long Received(IEnumerable<RollupSum> sums, string day) =>
        sums.Where(s => s.Group == day && s.Figure == RollupFigures.Received).Sum(s => s.Count);

    private static RollupSum[] Sorted(IEnumerable<RollupSum> sums) =>
        sums.OrderBy(s => s.Group, StringComparer.Ordinal).ThenBy(s => s.Figure, StringComparer.Ordinal).ToArray();
}
