using Network.Bench.Benchmarks;
using Network.Bench.Cli;
using Network.Bench.Hosting;
using Network.Bench.Measuring;

namespace Network.Bench.Tests;

/// <summary>
/// The pgbench yardstick (docs/speed-yardstick.md): it is measured on a server the project's schema has
/// not touched, so its figure cannot follow the build being measured, and it reports what else the
/// server did in its window.
/// </summary>
public sealed class PgBenchYardstickTests
{
    [Fact]
    public async Task The_yardstick_runs_on_a_bare_server_and_the_schema_comes_after_it()
    {
        ConsoleProgress.Enabled = false;
        await using var postgres = await ThrowawayPostgres.StartAsync(migrate: false);

        var result = await PgBenchYardstick.RunAsync(postgres, clients: 4, threads: 1, TimeSpan.FromSeconds(1));

        Assert.False(result.OnMigratedServer);
        Assert.True(result.Tps > 0, $"{result.Tps} TPS");
        var work = Assert.IsType<PgBenchServerWork>(result.ServerWork);
        // pgbench -N writes about four WAL records per transaction (three statements and the commit).
        Assert.InRange(result.WalRecordsPerTransaction!.Value, 3.0, 8.0);
        Assert.Equal(0, work.Checkpoints);
        // No checkpoint since the server started, so pgbench -N writes no page images: any counted would be
        // the CREATE DATABASEs' copies of template1 (912 each), handed in late by their idle pooled backend.
        Assert.Equal(0, work.WalFullPageImages);

        Assert.False(await postgres.IsMigratedAsync());
        await postgres.MigrateAsync();
        Assert.True(await postgres.IsMigratedAsync());
    }

    [Fact]
    public void The_yardstick_command_measures_a_bare_server_unless_told_to_migrate_first()
    {
        var bare = PgBenchRepeatOptions.From(new CommandLine(["yardstick", "--repeat", "3", "--pgbench-seconds", "5"]));
        var migrated = PgBenchRepeatOptions.From(new CommandLine(["yardstick", "--migrated"]));

        Assert.False(bare.Migrate);
        Assert.Equal(3, bare.Repeat);
        Assert.Equal(TimeSpan.FromSeconds(5), bare.Duration);
        Assert.True(migrated.Migrate);
    }

    [Fact]
    public void The_server_work_of_a_window_is_the_difference_of_its_counters_and_the_most_autovacuum_workers_seen()
    {
        var before = new PgBenchServerWork(100, 10, 8_000, 0, 1, 5, 0, 2, 50, 1);
        var after = new PgBenchServerWork(540, 10, 60_000, 3, 1, 5, 4, 2, 90, 0);

        Assert.Equal(new PgBenchServerWork(440, 0, 52_000, 3, 0, 0, 4, 0, 40, 1), after.Since(before));
    }
}
