using System.Globalization;
using Network.Bench.Hosting;
using Network.Bench.Measuring;

namespace Network.Bench.Benchmarks;

/// <summary>
/// <c>bench yardstick</c>: only the yardstick of <c>bench run</c>, <see cref="PgBenchRepeatOptions.Repeat"/>
/// times, each on a fresh throwaway server prepared as <c>bench run</c> prepares it (started bare, then
/// <c>pgbench -i</c> and <c>pgbench -N</c>; <c>--migrated</c>: the project's schema first, the method
/// before docs/speed-yardstick.md): to see how steady the yardstick is, and what the server did in its
/// window, without the rest of the run.
/// </summary>
public static class PgBenchRepeat
{
    public static async Task<PgBenchRepeatReport> RunAsync(PgBenchRepeatOptions options, string commandLine, CancellationToken cancellationToken)
    {
        var runs = new List<PgBenchRepeatRun>();
        for (var i = 1; i <= options.Repeat; i++)
        {
            var before = LoadAverage.Now();
            await using var postgres = await ThrowawayPostgres.StartAsync(cancellationToken, migrate: options.Migrate);
            var result = await PgBenchYardstick.RunAsync(postgres, options.Clients, options.Threads, options.Duration, cancellationToken);
            var run = new PgBenchRepeatRun(i, before, LoadAverage.Now(), result);
            runs.Add(run);
            Console.WriteLine(Describe(run));
        }

        return new PgBenchRepeatReport(DateTimeOffset.UtcNow, commandLine, options.Migrate, runs);
    }

    /// <summary>One line per run: TPS, p99, the CPU per transaction of the server and pgbench, what else the server did.</summary>
    public static string Describe(PgBenchRepeatRun run)
    {
        var r = run.Result;
        var w = r.ServerWork;
        var work = w is null
            ? ""
            : string.Create(CultureInfo.InvariantCulture, $"  WAL {r.WalRecordsPerTransaction:0.##} rec/txn, {w.WalFullPageImages} FPI, {w.Checkpoints} checkpoints, {w.BuffersWrittenByBackends} backend writes, autovacuum {w.AutovacuumWorkers}");
        return string.Create(
            CultureInfo.InvariantCulture,
            $"#{run.Number} {r.Tps,8:0.0} TPS  p99 {r.Latency.P99Ms,6:0.00} ms  postgres+pgbench {r.Resources.PostgresCores:0.00} cores = {r.PostgresMsPerTransaction:0.000} ms/txn  bench {r.Resources.BenchProcessCores:0.000} other {r.Resources.OtherProcessesCores:0.00} cores{work}  load {run.LoadAverageBefore} -> {run.LoadAverageAfter}");
    }
}
