using Microsoft.Extensions.Logging.Abstractions;
using Network.Database;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using static Network.Grains.Tests.Infrastructure.TestNetwork;

namespace Network.Grains.Tests.Persistence;

/// <summary>Matters, ledger, points and catalogs on a real PostgreSQL, across cluster restarts.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresPersistenceTests(PostgresFixture db)
{
    private static readonly DateOnly Today = new(2026, 9, 30);

    [Fact]
    public async Task Migrations_can_run_again_without_changing_anything()
    {
        var queries = await db.ScalarAsync<long>("SELECT count(*) FROM OrleansQuery");

        await DatabaseMigrator.MigrateAsync(db.ConnectionString, NullLogger.Instance);

        Assert.True(queries > 10, $"only {queries} Orleans queries installed");
        Assert.Equal(queries, await db.ScalarAsync<long>("SELECT count(*) FROM OrleansQuery"));
        Assert.Equal(DatabaseMigrator.ScriptNames.Count, (int)await db.ScalarAsync<long>("SELECT count(*) FROM schema_history"));
    }

    [Fact]
    public async Task Each_state_change_is_a_ledger_row_with_who_when_where_and_before_after()
    {
        await using var cluster = await TestClusters.StartAsync(db.ConnectionString, TestClusters.ClockAt(Today));
        await DefineAsync(cluster.Client);
        var receipt = NewReceipt(Today);
        var matter = cluster.Client.GetGrain<IMatterGrain>(receipt);

        await matter.Accept(Intake(Allowance, "居民身份证"));
        await matter.SupplyMaterials(new SupplyMaterialsCommand(TownClerk(ClerkB), ["户口簿", "家庭收入证明"]));
        await matter.Complete(new CompleteCommand(TownClerk(ClerkA), "审核通过"));

        Assert.Equal(4, await db.ScalarAsync<long>("SELECT count(*) FROM ledger WHERE receipt_number = $1", receipt));
        Assert.Equal(
            "Received|-|AwaitingSupplement|c-zhang;MaterialsSupplied|AwaitingSupplement|AwaitingSupplement|c-li;Accepted|AwaitingSupplement|InProgress|c-li;Completed|InProgress|Completed|c-zhang",
            await db.ScalarAsync<string>(
                """
                SELECT string_agg(action || '|' || coalesce(status_before, '-') || '|' || status_after || '|' || actor_id, ';' ORDER BY sequence)
                FROM ledger WHERE receipt_number = $1 AND point_code = '330182101' AND window_id = 'civil-affairs'
                """,
                receipt));
        Assert.True(await db.ScalarAsync<bool>(
            """SELECT changes::jsonb @> '[{"op":"replace","path":"/status","value":"Completed"}]' FROM ledger WHERE receipt_number = $1 AND sequence = 4""", receipt));
        Assert.True(await db.ScalarAsync<bool>(
            """SELECT changes::jsonb @> '[{"op":"add","path":""}]' AND changes -> 0 -> 'value' ->> 'status' = 'AwaitingSupplement' FROM ledger WHERE receipt_number = $1 AND sequence = 1""", receipt));
        Assert.Equal("Completed", await db.ScalarAsync<string>("SELECT status FROM matter WHERE receipt_number = $1", receipt));
        Assert.Equal(3, await db.ScalarAsync<int>("SELECT version FROM matter WHERE receipt_number = $1", receipt)); // three commits, four steps
    }

    [Fact]
    public async Task A_failed_write_leaves_no_half_state()
    {
        await using var cluster = await TestClusters.StartAsync(db.ConnectionString, TestClusters.ClockAt(Today));
        await DefineAsync(cluster.Client);
        var receipt = NewReceipt(Today);
        // A stray ledger row makes the second half of the intake's transaction fail.
        await db.ExecuteAsync(
            """
            INSERT INTO case_ledger (kind, case_id, sequence, occurred_at, actor_id, point_code, action, status_after, changes)
            VALUES ('matter', $1, 1, now(), 'someone', '330182101', 'Stray', 'InProgress', '[]')
            """,
            receipt);
        var matter = cluster.Client.GetGrain<IMatterGrain>(receipt);

        var e = await Assert.ThrowsAsync<DomainException>(() => matter.Accept(Intake(Allowance, AllowanceMaterials)));

        Assert.Equal(DomainErrorKind.Conflict, e.Kind);
        Assert.Equal(0, await db.ScalarAsync<long>("SELECT count(*) FROM matter WHERE receipt_number = $1", receipt));
        Assert.Equal(1, await db.ScalarAsync<long>("SELECT count(*) FROM ledger WHERE receipt_number = $1", receipt));
        Assert.Null(await matter.Get(MonitorActor));
    }

    [Fact]
    public async Task Every_matter_and_ledger_row_survives_a_restart_of_the_cluster()
    {
        var accepted = new Dictionary<string, MatterView>();
        var ledgerCounts = new Dictionary<string, int>();
        await using (var first = await TestClusters.StartAsync(db.ConnectionString, TestClusters.ClockAt(Today)))
        {
            await DefineAsync(first.Client);
            for (var i = 0; i < 12; i++)
            {
                var receipt = NewReceipt(Today);
                var matter = first.Client.GetGrain<IMatterGrain>(receipt);
                var view = (i % 3) switch
                {
                    0 => await matter.Accept(Intake(SeniorCard, "居民身份证", "一寸照片")),
                    1 => await matter.Accept(Intake(Allowance, "户口簿")),
                    _ => await matter.Accept(Intake(Allowance, AllowanceMaterials)),
                };
                accepted[receipt] = view;
                ledgerCounts[receipt] = (await matter.GetHistory(MonitorActor)).Count;
            }
        }

        await using var second = await TestClusters.StartAsync(db.ConnectionString, TestClusters.ClockAt(Today));
        Assert.NotNull(await second.Client.GetGrain<IServicePointGrain>(Township).GetProfile());
        Assert.Equal(5, (await second.Client.GetGrain<ICatalogGrain>(Township).List()).Count); // TestNetwork publishes five items at the township
        foreach (var (receipt, before) in accepted)
        {
            var matter = second.Client.GetGrain<IMatterGrain>(receipt);
            var after = await matter.Get(MonitorActor);
            Assert.NotNull(after);
            Assert.Equal((before.Status, before.Version, before.Slip?.DueDate, before.Notice?.Missing.Count), (after.Status, after.Version, after.Slip?.DueDate, after.Notice?.Missing.Count));
            Assert.Equal(ledgerCounts[receipt], (await matter.GetHistory(MonitorActor)).Count);
        }

        // Work goes on where it stopped: a promised matter accepted before the restart completes after it.
        var promised = accepted.First(a => a.Value.Status == MatterStatus.InProgress).Key;
        var done = await second.Client.GetGrain<IMatterGrain>(promised).Complete(new CompleteCommand(TownClerk(ClerkA), "通过"));
        Assert.Equal(MatterStatus.Completed, done.Status);
        Assert.Equal(accepted[promised].Version + 1, done.Version);
    }
}
