using Network.Bench.Benchmarks;
using Network.Bench.Hosting;
using Network.Bench.Live;
using Network.Bench.Results;

namespace Network.Bench.Cli;

/// <summary>
/// <c>bench floor</c>: Orleans' own CPU per operation (<see cref="OrleansFloor"/>) beside the pgbench
/// yardstick of the same run and the CPU budget per intake that issue 15's ratios leave.
/// <c>--floor-seconds</c> (10) per phase, <c>--warm-up-seconds</c> (5), <c>--callers</c> (64),
/// <c>--pgbench-seconds</c> (10; smoke 2; 0 = no yardstick). Writes <c>floor.json</c> in <c>--out</c>.
/// </summary>
public static class FloorCommand
{
    public const string Name = "floor";

    public static async Task<int> RunAsync(CommandLine line, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var options = BenchOptions.From(line);
        var seconds = TimeSpan.FromSeconds(line.Double("floor-seconds", options.Smoke ? 1 : 10));
        var pgbench = line.Has("pgbench-seconds") || options.Smoke ? options.Pgbench : TimeSpan.FromSeconds(10);
        var loadBefore = LiveBenchRunner.LoadAverage();

        PgBenchResult? yardstick = null;
        if (pgbench > TimeSpan.Zero)
        {
            // On a bare server, as `bench run` measures it (docs/speed-yardstick.md).
            await using var postgres = await ThrowawayPostgres.StartAsync(cancellationToken, migrate: false);
            yardstick = await PgBenchYardstick.RunAsync(postgres, clients: 64, threads: 2, pgbench, cancellationToken);
        }

        var phases = await OrleansFloor.RunAsync(options.Callers, seconds, options.WarmUp, cancellationToken);
        var report = new FloorReport(DateTimeOffset.Now, "bench " + string.Join(' ', args), MachineInfo.Current(), loadBefore, LiveBenchRunner.LoadAverage(), yardstick, phases);

        var file = await ReportWriter.WriteJsonAsync(report, options.OutputFolder, "floor.json", cancellationToken);
        Console.WriteLine();
        Console.Write(FloorReport.Describe(report));
        Console.WriteLine($"Wrote {file}");
        return 0;
    }
}
