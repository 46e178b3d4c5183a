using Microsoft.Extensions.DependencyInjection;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Storage;
using Network.Grains.Tests.Flows;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using static Network.Grains.Tests.Infrastructure.TestNetwork;

namespace Network.Grains.Tests.Persistence;

/// <summary>Group commit: many matters per transaction, each acknowledged only once committed, a bad one failing alone.</summary>
[Collection(PostgresCollection.Name)]
public sealed class GroupCommitTests(PostgresFixture db)
{
    private static readonly DateOnly Day = new(2026, 11, 20);

    [Fact]
    public async Task Concurrent_intakes_share_transactions_and_every_acknowledged_one_is_in_the_database()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);
        var writer = flow.Cluster.Silos[0].ServiceProvider.GetRequiredService<global::Network.Grains.Cases.Storage.CaseGroupCommitWriter>();
        var (groupsBefore, commitsBefore) = (writer.Groups, writer.Commits);

        var receipts = Enumerable.Range(0, 200).Select(_ => NewReceipt(Day)).ToArray();
        var views = await Task.WhenAll(receipts.Select(r => flow.Grains.GetGrain<IMatterGrain>(r).Accept(Intake(Allowance, AllowanceMaterials))));

        Assert.All(views, v => Assert.Equal(MatterStatus.InProgress, v.Status));
        Assert.Equal(200, await flow.CountAsync("SELECT count(*) FROM matter WHERE receipt_number = ANY($1)", (object)receipts));
        Assert.Equal(200, await flow.CountAsync("SELECT count(*) FROM ledger WHERE receipt_number = ANY($1)", (object)receipts));
        var (groups, commits) = (writer.Groups - groupsBefore, writer.Commits - commitsBefore);
        Assert.Equal(200, commits);
        Assert.True(groups < commits, $"{commits} commits took {groups} transactions: nothing was grouped");
    }

    [Fact]
    public async Task One_bad_commit_fails_alone_and_the_rest_of_its_group_lands()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);
        var receipts = Enumerable.Range(0, 60).Select(_ => NewReceipt(Day)).ToArray();
        var bad = receipts[17];
        await using (var connection = new Npgsql.NpgsqlConnection(flow.ConnectionString))
        {
            await connection.OpenAsync();
            await using var stray = new Npgsql.NpgsqlCommand(
                "INSERT INTO case_ledger (kind, case_id, sequence, occurred_at, actor_id, point_code, action, status_after, changes) VALUES ('matter', $1, 1, now(), 'x', $2, 'Stray', 'InProgress', '[]')",
                connection);
            stray.Parameters.AddWithValue(bad);
            stray.Parameters.AddWithValue(Township);
            await stray.ExecuteNonQueryAsync();
        }

        var outcomes = await Task.WhenAll(receipts.Select(async r =>
        {
            try
            {
                await flow.Grains.GetGrain<IMatterGrain>(r).Accept(Intake(Allowance, AllowanceMaterials));
                return (r, (DomainException?)null);
            }
            catch (DomainException e)
            {
                return (r, e);
            }
        }));

        var failed = Assert.Single(outcomes, o => o.Item2 is not null);
        Assert.Equal((bad, DomainErrorKind.Conflict), (failed.r, failed.Item2!.Kind));
        Assert.Equal(59, await flow.CountAsync("SELECT count(*) FROM matter WHERE receipt_number = ANY($1)", (object)receipts));
        Assert.Equal(0, await flow.CountAsync("SELECT count(*) FROM matter WHERE receipt_number = $1", bad));
        Assert.Equal(60, await flow.CountAsync("SELECT count(*) FROM ledger WHERE receipt_number = ANY($1)", (object)receipts)); // 59 + the stray row
    }

    [Fact]
    public async Task A_commit_that_loses_its_version_check_writes_no_ledger_row_nor_rollup_and_the_rest_of_its_group_lands()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);
        var receipts = Enumerable.Range(0, 60).Select(_ => NewReceipt(Day)).ToArray();
        var lost = receipts[23];
        await TakeCaseRowAsync(flow, lost);

        var outcomes = await Task.WhenAll(receipts.Select(async r =>
        {
            try
            {
                await flow.Grains.GetGrain<IMatterGrain>(r).Accept(Intake(Allowance, AllowanceMaterials));
                return (r, Failed: false);
            }
            catch (Exception)
            {
                return (r, Failed: true);
            }
        }));

        Assert.Equal(lost, Assert.Single(outcomes, o => o.Failed).r);
        Assert.Equal(59, await flow.CountAsync("SELECT count(*) FROM ledger WHERE receipt_number = ANY($1)", (object)receipts));
        Assert.Equal(0, await flow.CountAsync("SELECT count(*) FROM ledger WHERE receipt_number = $1", lost));
        Assert.Equal(7, await flow.CountAsync("SELECT version::bigint FROM case_record WHERE kind = 'matter' AND case_id = $1", lost));
        Assert.Equal(59, await flow.CountAsync("SELECT coalesce(sum(n), 0)::bigint FROM report_rollup WHERE figure = 'received'"));
    }

    /// <summary>A case row already there at version 7: the intake's insert of <paramref name="receipt"/> affects no row.</summary>
    internal static async Task TakeCaseRowAsync(FlowCluster flow, string receipt)
    {
        await using var connection = new Npgsql.NpgsqlConnection(flow.ConnectionString);
        await connection.OpenAsync();
        await using var taken = new Npgsql.NpgsqlCommand(
            """
            INSERT INTO case_record (kind, case_id, point_code, current_point_code, status, is_open, version, state, opened_at, updated_at)
            VALUES ('matter', $1, $2, $2, 'InProgress', true, 7, '{}', now(), now())
            """,
            connection);
        taken.Parameters.AddWithValue(receipt);
        taken.Parameters.AddWithValue(Township);
        await taken.ExecuteNonQueryAsync();
    }
}
