using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Network.Bench.Hosting;
using Network.Bench.Measuring;
using Network.Database;
using Npgsql;

namespace Network.Bench.Benchmarks;

/// <summary>
/// The yardstick: pgbench's simple-update script without branch and teller updates (<c>-N</c>:
/// three statements and an insert per transaction, one commit each) against the same throwaway
/// server the grains write to. Per-transaction logs (<c>-l</c>) give the latency percentiles.
/// <c>bench run</c> runs it before the project's schema is migrated, so the server pgbench meets is
/// the same for every build of the project (docs/speed-yardstick.md).
/// </summary>
public static partial class PgBenchYardstick
{
    private const string Database = "pgbench";

    public static async Task<PgBenchResult> RunAsync(ThrowawayPostgres postgres, int clients, int threads, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        var bin = LocalPostgres.FindBinaries() ?? throw new InvalidOperationException("No PostgreSQL binaries under /usr/lib/postgresql.");
        var pgbench = Path.Combine(bin, "pgbench");
        var migrated = await postgres.IsMigratedAsync(cancellationToken);
        await CreateDatabaseAsync(postgres, cancellationToken);
        var logs = Path.Combine(postgres.Server.Options.RootDirectory, "pgbench-logs");
        Directory.CreateDirectory(logs);
        if (IsRoot)
        {
            await RunAsync("chown", ["postgres:postgres", logs], asPostgres: false, logs, cancellationToken);
        }

        string[] connection = ["-h", "127.0.0.1", "-p", postgres.Server.Port.ToString(CultureInfo.InvariantCulture), "-U", "postgres"];
        await RunAsync(pgbench, [.. connection, "-i", "-q", Database], IsRoot, logs, cancellationToken);

        var seconds = Math.Max(1, (int)Math.Round(duration.TotalSeconds));
        string[] run = [.. connection, "-N", "-c", clients.ToString(CultureInfo.InvariantCulture), "-j", threads.ToString(CultureInfo.InvariantCulture),
            "-T", seconds.ToString(CultureInfo.InvariantCulture), "-r", "-l", "--log-prefix", Path.Combine(logs, "pgbench_log"), Database];
        // Not pooled: no idle connection of ours stays open on the server while pgbench runs.
        var stats = new NpgsqlConnectionStringBuilder(postgres.Server.ConnectionStringFor("postgres")) { Pooling = false }.ConnectionString;
        await WaitForOtherClientsToLeaveAsync(postgres, stats, cancellationToken);
        var workBefore = await PgBenchServerWork.ReadAsync(stats, cancellationToken);
        var meter = ResourceSample.Start(postgres.PostmasterPid);
        string output;
        using (var progress = new ConsoleProgress($"pgbench -N -c {clients} -j {threads}", seconds, "s"))
        {
            var started = Stopwatch.StartNew();
            using var ticker = new Timer(_ => progress.Set((long)started.Elapsed.TotalSeconds), null, 0, 200);
            output = await RunAsync(pgbench, run, IsRoot, logs, cancellationToken);
        }

        var cpu = meter.Stop();
        var work = (await PgBenchServerWork.ReadAsync(stats, cancellationToken)).Since(workBefore);
        var tps = double.Parse(TpsPattern().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var latencies = ReadLatencies(logs);
        var summary = LatencySummary.From(latencies, clients, seconds, errors: 0);
        return new PgBenchResult($"pgbench -N -c {clients} -j {threads} -T {seconds} -r -l", Math.Round(tps, 1), summary, cpu, work, migrated);
    }

    private static double[] ReadLatencies(string folder)
    {
        // Each line: client_id transaction_no time(us) script_no time_epoch time_us
        var values = new List<double>();
        foreach (var file in Directory.EnumerateFiles(folder, "pgbench_log*"))
        {
            foreach (var line in File.ReadLines(file))
            {
                var fields = line.Split(' ');
                if (fields.Length >= 3 && long.TryParse(fields[2], CultureInfo.InvariantCulture, out var micros))
                {
                    values.Add(micros / 1000.0);
                }
            }
        }

        return values.ToArray();
    }

    private static async Task CreateDatabaseAsync(ThrowawayPostgres postgres, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(postgres.Server.ConnectionStringFor("postgres"));
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Database}; CREATE DATABASE {Database}", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Starts the window on a server with no other client: our pooled connections (the <c>CREATE DATABASE</c>s')
    /// are closed and <c>pgbench -i</c>'s backend is gone. A backend hands in its statistics when it exits, or,
    /// idle, up to 10 s later; each <c>CREATE DATABASE</c> copies template1 as 912 full-page images, so the
    /// window's counters held 0, 912 or 1,827 page images of work done before it, by how late those came.
    /// </summary>
    private static async Task WaitForOtherClientsToLeaveAsync(ThrowawayPostgres postgres, string connectionString, CancellationToken cancellationToken)
    {
        await using (var pooled = new NpgsqlConnection(postgres.Server.ConnectionStringFor("postgres")))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()", connection);
        var waited = Stopwatch.StartNew();
        while ((long)(await command.ExecuteScalarAsync(cancellationToken))! > 0 && waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(20, cancellationToken);
        }
    }

    private static bool IsRoot => ServerUserCommand.IsRoot;

    private static async Task<string> RunAsync(string command, IReadOnlyList<string> arguments, bool asPostgres, string workingDirectory, CancellationToken cancellationToken) =>
        (await ServerUserCommand.ExecuteAsync(command, arguments, asPostgres, workingDirectory, throwOnError: true, cancellationToken)).Output;

    [GeneratedRegex(@"tps = ([0-9.]+) \(without initial connection time\)")]
    private static partial Regex TpsPattern();
}
