using Network.Bench.Benchmarks;
using Network.Bench.Generation;
using Network.Bench.Hosting;
using Network.Bench.Http;
using Network.Bench.Live;
using Network.Bench.Queue;
using Network.Bench.Results;

namespace Network.Bench.Cli;

/// <summary>
/// <c>bench queue</c>: Q1 (issue 12) — tickets issued and called across the demo city at
/// <c>--ticket-rate</c> (200/s) while <c>--hall-screens</c> (1,000) hall displays watch, call →
/// hall display p99 beside the bare SignalR figure; <c>--queue-seconds</c> (20),
/// <c>--queue-callers</c> (64), <c>--queue-warm-up-seconds</c> (0: none; the same load first, unmeasured). With <c>--smoke</c>: the smoke network, 12 displays, 10/s, 2 s.
/// Writes <c>queue.json</c> in <c>--out</c>.
/// </summary>
public static class QueueCommand
{
    public static async Task<int> RunAsync(CommandLine line, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var options = BenchOptions.From(line);
        var smoke = options.Smoke;
        var screens = line.Int("hall-screens", smoke ? 12 : 1000);
        var rate = line.Double("ticket-rate", smoke ? 10 : 200);
        var seconds = line.Double("queue-seconds", smoke ? 2 : 20);
        var callers = line.Int("queue-callers", smoke ? 4 : 64);
        var warmUp = line.Double("queue-warm-up-seconds", 0);

        var loadBefore = LiveBenchRunner.LoadAverage();
        var network = NetworkGenerator.Build(options.HttpNetwork);
        await using var postgres = await ThrowawayPostgres.StartAsync(cancellationToken);
        await using var cluster = await HttpBenchRunner.StartAsync(postgres, options, cancellationToken);
        using var client = new GatewayClient(cluster.Address, HttpCluster.DemoPassword);
        var run = await QueueCallBenchmark.RunAsync(cluster, client, QueueCallBenchmark.Lanes(network), screens, callers, rate, TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(warmUp), postgres.PostmasterPid, cancellationToken);
        var cpu = TicketCpu.Of(run.Delays.Gateway);
        var report = new QueueReport(DateTimeOffset.Now, "bench " + string.Join(' ', args), MachineInfo.Current(), loadBefore, LiveBenchRunner.LoadAverage(), options.HttpNetwork, rate, run.Delays, run.Traffic, cpu);

        var file = await ReportWriter.WriteJsonAsync(report, options.OutputFolder, "queue.json", cancellationToken);
        Console.WriteLine();
        Console.WriteLine(QueueReport.Describe(run.Delays, run.Traffic, cpu));
        Console.WriteLine($"Wrote {file}");
        return 0;
    }
}
