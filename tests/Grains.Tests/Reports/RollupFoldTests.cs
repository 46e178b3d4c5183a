using Microsoft.Extensions.DependencyInjection;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Queries.Search;
using Network.Grains.Reports.Rollups;
using Network.Grains.Tests.Flows;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using Npgsql;
using static Network.Grains.Tests.Infrastructure.TestNetwork;
using static Network.Grains.Tests.Reports.ReportData;

namespace Network.Grains.Tests.Reports;

/// <summary>
/// The rollups off the case commit's path (130, issue 15): a group commit appends its facts to
/// <c>report_rollup_inbox</c> in its own transaction; a fold (the silo's folder, or a reader before it
/// reads) adds them to the rollups and deletes them in one transaction. Each test stops the silo's
/// folder first where it must see the inbox as the commits left it.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class RollupFoldTests(PostgresFixture db)
{
    private static readonly DateOnly Day = new(2026, 11, 20);

    [Fact]
    public async Task A_committed_intake_counts_in_a_report_read_right_after_it()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);
        await StopFolderAsync(flow);
        await using var dataSource = NpgsqlDataSource.Create(flow.ConnectionString);
        var store = new PostgresReportRollupStore(dataSource, flow.Clock);

        for (var i = 1; i <= 3; i++)
        {
            await flow.Grains.GetGrain<IMatterGrain>(NewReceipt(Day)).Accept(IntakeFor(Person("王秀英", i), Allowance, AllowanceMaterials));

            // Not folded yet: the commit's facts wait in the inbox, and the report folds them before it reads.
            Assert.Equal((1, 1), await InboxAsync(flow));
            Assert.Equal(i, await ReceivedAsync(store));
            Assert.Equal((0, 0), await InboxAsync(flow));
        }
    }

    [Fact]
    public async Task Rollup_facts_of_a_commit_that_rolled_back_never_count()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);
        await StopFolderAsync(flow);
        var receipts = Enumerable.Range(0, 30).Select(_ => NewReceipt(Day)).ToArray();
        var lost = receipts[17];
        // A case row already there: that intake loses its insert, and its group is rolled back and written again without it.
        await Persistence.GroupCommitTests.TakeCaseRowAsync(flow, lost);

        var failed = await Task.WhenAll(receipts.Select(async r =>
        {
            try
            {
                await flow.Grains.GetGrain<IMatterGrain>(r).Accept(Intake(Allowance, AllowanceMaterials));
                return false;
            }
            catch (Exception)
            {
                return true;
            }
        }));

        Assert.Equal(1, failed.Count(f => f));
        Assert.Equal(29, (await InboxAsync(flow)).Received);
        await flow.FoldRollupsAsync();
        Assert.Equal((0, 0), await InboxAsync(flow));
        Assert.Equal(29, await RawAsync(flow, "SELECT coalesce(sum(n), 0)::bigint FROM report_rollup WHERE figure = 'received'"));
        Assert.Equal(29, await RawAsync(flow, "SELECT coalesce(sum(n), 0)::bigint FROM report_rollup_point_day WHERE figure = 'received'"));
        Assert.Equal(29, await RawAsync(flow, "SELECT coalesce(sum(n), 0)::bigint FROM report_rollup_point_month WHERE figure = 'received'"));
    }

    [Fact]
    public async Task Inbox_rows_left_by_a_crash_are_folded_after_restart()
    {
        string database;
        await using (var flow = await FlowCluster.StartAsync(db, Day))
        {
            await StopFolderAsync(flow);
            for (var i = 1; i <= 4; i++)
            {
                await flow.Grains.GetGrain<IMatterGrain>(NewReceipt(Day)).Accept(IntakeFor(Person("李娜", i), Allowance, AllowanceMaterials));
            }

            Assert.Equal((4, 4), await InboxAsync(flow));
            database = flow.ConnectionString;
        }

        // A silo starting on that database folds what it finds before anything reads.
        await using var after = await FlowCluster.StartAsync(db, Day, connectionString: database);
        await after.Cluster.Silos[0].ServiceProvider.GetRequiredService<RollupFolder>().StartFold.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal((0, 0), await InboxAsync(after));
        Assert.Equal(4, await RawAsync(after, "SELECT coalesce(sum(n), 0)::bigint FROM report_rollup WHERE figure = 'received'"));
    }

    [Fact]
    public async Task Two_folders_never_count_a_fact_twice()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);
        // The silo's folder runs on signal; three more fold at once, a few rows at a time, each on its own pool.
        var sources = Enumerable.Range(0, 3).Select(_ => NpgsqlDataSource.Create(flow.ConnectionString)).ToArray();
        using var done = new CancellationTokenSource();
        var folders = sources.Select((s, i) => Task.Run(async () =>
        {
            var rows = 0;
            while (!done.IsCancellationRequested)
            {
                rows += (await RollupFold.OnceAsync(s, batchSize: i + 1)).Rows;
            }

            return rows;
        })).ToArray();

        var receipts = Enumerable.Range(0, 120).Select(_ => NewReceipt(Day)).ToArray();
        foreach (var chunk in receipts.Chunk(20))
        {
            await Task.WhenAll(chunk.Select(r => flow.Grains.GetGrain<IMatterGrain>(r).Accept(Intake(Allowance, AllowanceMaterials))));
        }

        await done.CancelAsync();
        var foldedByOthers = (await Task.WhenAll(folders)).Sum();
        foreach (var source in sources)
        {
            await source.DisposeAsync();
        }

        Assert.True(foldedByOthers > 0, "the extra folders folded nothing: they never raced the silo's");
        Assert.Equal(120, await flow.CountAsync("SELECT coalesce(sum(n), 0)::bigint FROM report_rollup WHERE figure = 'received'"));
        Assert.Equal(await RollupTests.RecountFromLedgerAsync(flow), await RollupTests.StoredRollupsAsync(flow));
        Assert.Equal(120, await RawAsync(flow, "SELECT coalesce(sum(n), 0)::bigint FROM report_rollup_point_month WHERE figure = 'received'"));
    }

    [Fact]
    public async Task A_backfilled_case_is_counted_once_whatever_the_fold_order()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);
        var first = NewReceipt(Day);
        var second = NewReceipt(Day);
        foreach (var (receipt, seed) in new[] { (first, 1), (second, 2) })
        {
            await flow.Grains.GetGrain<IMatterGrain>(receipt).Accept(IntakeFor(Person("张伟", seed), Allowance, AllowanceMaterials));
        }

        // As if both had been committed before the rollups existed: none counted, both pending.
        await StopFolderAsync(flow);
        await flow.FoldRollupsAsync();
        foreach (var table in new[] { "report_rollup", "report_rollup_point_day", "report_rollup_point_month" })
        {
            await RawAsync(flow, $"WITH x AS (DELETE FROM {table} RETURNING 1) SELECT count(*) FROM x");
        }

        await RawAsync(flow, $"WITH x AS (INSERT INTO report_rollup_pending (kind, case_id) VALUES ('matter', '{first}'), ('matter', '{second}') RETURNING 1) SELECT count(*) FROM x");

        // A pending case's commit leaves nothing in the inbox; a new case's row waits there across the backfill.
        await flow.Grains.GetGrain<IMatterGrain>(first).Complete(new CompleteCommand(TownClerk(ClerkA), "准予"));
        Assert.Equal((0, 0), await InboxAsync(flow));
        await flow.Grains.GetGrain<IMatterGrain>(NewReceipt(Day)).Accept(IntakeFor(Person("刘洋", 3), Allowance, AllowanceMaterials));
        Assert.Equal((1, 1), await InboxAsync(flow));

        // The backfill counts both whole; the row written before it is folded after it.
        Assert.Equal(2, await flow.Cluster.Silos[0].ServiceProvider.GetRequiredService<RollupBackfill>().RunAsync());
        Assert.Equal((1, 1), await InboxAsync(flow));

        // Counted: their next commits add their differences through the inbox, folded in any order with the rest.
        await flow.Grains.GetGrain<IMatterGrain>(second).Complete(new CompleteCommand(TownClerk(ClerkB), "准予"));
        Assert.Equal(2, (await InboxAsync(flow)).Rows);
        Assert.Equal(1, (await RollupFold.OnceAsync(Source(flow), batchSize: 1)).Rows);
        Assert.Equal(await RollupTests.RecountFromLedgerAsync(flow), await RollupTests.StoredRollupsAsync(flow));
        Assert.Equal(3, await RawAsync(flow, "SELECT coalesce(sum(n), 0)::bigint FROM report_rollup WHERE figure = 'received'"));
        Assert.Equal(2, await RawAsync(flow, "SELECT coalesce(sum(n), 0)::bigint FROM report_rollup WHERE figure = 'completed'"));
    }

    private static async Task StopFolderAsync(FlowCluster flow) =>
        await flow.Cluster.Silos[0].ServiceProvider.GetRequiredService<RollupFolder>().DisposeAsync();

    private static NpgsqlDataSource Source(FlowCluster flow) =>
        flow.Cluster.Silos[0].ServiceProvider.GetRequiredService<NpgsqlDataSource>();

    private static async Task<long> ReceivedAsync(IReportRollupStore store)
    {
        var sums = await store.SumAsync(new RollupQuery(new PointScope(Township, Subtree: true), Day, Day, RollupGrouping.None) { Figures = [RollupFigures.Received], SumBuckets = true });
        return sums.Sum(s => s.Count);
    }

    /// <summary>The inbox as the commits left it (no fold): its rows, and the received figure they carry.</summary>
    private static async Task<(long Rows, long Received)> InboxAsync(FlowCluster flow) =>
        (await RawAsync(flow, "SELECT count(*) FROM report_rollup_inbox"),
         await RawAsync(flow, "SELECT coalesce(sum(u.n), 0)::bigint FROM report_rollup_inbox i, unnest(i.figures, i.counts) AS u(figure, n) WHERE u.figure = 'received'"));

    /// <summary>One value of the test's database, read without folding first.</summary>
    private static async Task<long> RawAsync(FlowCluster flow, string sql)
    {
        await using var connection = new NpgsqlConnection(flow.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
