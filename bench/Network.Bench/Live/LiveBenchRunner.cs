using System.Globalization;
using Network.Bench.Benchmarks;
using Network.Bench.Generation;
using Network.Bench.Hosting;
using Network.Bench.Http;
using Network.Bench.Results;

namespace Network.Bench.Live;

/// <summary>
/// <c>bench live</c>: only the live part of <c>bench run</c>'s HTTP section, on the same processes
/// and network — P5 (the city monitor during the realistic mix at full load) and P3 (status change
/// to the SignalR clients, each run followed by the bare broadcast yardstick at the same rate) —
/// so the live path can be measured in a few minutes. <c>--repeat N</c> runs P3 N times on the
/// same processes, to show the noise of a shared machine.
/// </summary>
public static class LiveBenchRunner
{
    public static async Task<LiveReport> RunAsync(BenchOptions options, IReadOnlyList<string> parts, int repeat, string commandLine, CancellationToken cancellationToken)
    {
        var loadBefore = LoadAverage();
        var workload = new HttpWorkload(NetworkGenerator.Build(options.HttpNetwork));
        await using var postgres = await ThrowawayPostgres.StartAsync(cancellationToken);
        var pid = postgres.PostmasterPid;
        await using var cluster = await HttpBenchRunner.StartAsync(postgres, options, cancellationToken);
        using var client = new GatewayClient(cluster.Address, HttpCluster.DemoPassword);
        await HttpIntakeBenchmark.WarmUpAsync(client, workload, options.HttpCallers, options.HttpWarmUp, cancellationToken);

        CityStalenessResult? staleness = null;
        if (parts.Contains("p5"))
        {
            (_, staleness) = await CityStalenessBenchmark.RunAsync(cluster, client, workload, options.HttpCallers, options.HttpIntake, options.RollUpInterval, pid, cancellationToken);
            Console.WriteLine(LiveReport.Describe(staleness));
        }

        var runs = new List<LiveDelayResult>();
        for (var i = 0; parts.Contains("p3") && i < repeat; i++)
        {
            var run = await LiveDelayBenchmark.RunAsync(cluster, client, workload, options.LiveClients, options.LiveCallers, options.LiveDuration, options.LiveRate, options.LiveSettle, pid, cancellationToken);
            runs.Add(run);
            Console.WriteLine(LiveReport.Describe(run));
        }

        return new LiveReport(DateTimeOffset.Now, commandLine, MachineInfo.Current(), loadBefore, LoadAverage(), options.HttpNetwork, runs, staleness);
    }

    /// <summary>The first three fields of /proc/loadavg (1, 5 and 15 minutes), as <c>uptime</c> prints them.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>The P3 ratio to the bare yardstick, from send and from return.</summary>
    public static (double FromSent, double FromReturned) Ratios(LiveDelayResult run) =>
        (Ratio(run.Gateway.DelayFromSent.P99Ms, run.Bare.DelayFromSent.P99Ms), Ratio(run.Gateway.DelayFromReturned.P99Ms, run.Bare.DelayFromReturned.P99Ms));

    private static double Ratio(double value, double reference) =>
        reference > 0 ? Math.Round(value / reference, 3) : 0;

    /// <summary>Parses <c>--parts p3,p5</c>.</summary>
    public static IReadOnlyList<string> Parts(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => p.ToLower(CultureInfo.InvariantCulture)).ToArray();
}
