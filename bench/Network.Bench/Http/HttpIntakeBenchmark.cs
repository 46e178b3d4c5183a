using System.Collections.Concurrent;
using Network.Bench.Benchmarks;
using Network.Bench.Hosting;
using Network.Bench.Measuring;

namespace Network.Bench.Http;

/// <summary>
/// P1 through HTTP: concurrent clients post intakes (and a proxy matter's hand-ups) to the real
/// gateway process; an operation ends when the gateway answered, i.e. after the commit in
/// PostgreSQL. Every intake's send and return times are kept (P5 uses them).
/// </summary>
public static class HttpIntakeBenchmark
{
    public static async Task<(HttpIntakeRun Run, IReadOnlyList<IntakeTiming> Timings)> RunAsync(
        string name,
        HttpCluster cluster,
        GatewayClient client,
        HttpWorkload workload,
        Func<long, MatterMix.Kind> kindOf,
        int callers,
        TimeSpan duration,
        int postmasterPid,
        CancellationToken cancellationToken)
    {
        var kinds = new ConcurrentDictionary<MatterMix.Kind, long>();
        var timings = new ConcurrentQueue<IntakeTiming>();
        var (mattersBefore, ledgerBefore) = await IntakeBenchmark.CountRowsAsync(cluster.ConnectionString, cancellationToken);
        var meter = ResourceSample.Start(postmasterPid);
        var cpu = ProcessCpu.Start(Pids(cluster));
        var gc = GcWindow.Start(cluster.GcPauses);
        var latency = await TimedLoad.RunAsync(
            $"HTTP intake: {name}, {callers} clients",
            callers,
            duration,
            TimeSpan.Zero,
            async (caller, sequence) =>
            {
                var n = (sequence * callers) + caller;
                var kind = kindOf(n);
                timings.Enqueue(await workload.TakeInAsync(client, kind, n));
                kinds.AddOrUpdate(kind, 1, (_, c) => c + 1);
                return null;
            },
            cancellationToken);
        var cores = cpu.Stop();
        var resources = meter.Stop();
        var (mattersAfter, ledgerAfter) = await IntakeBenchmark.CountRowsAsync(cluster.ConnectionString, cancellationToken);
        var run = new HttpIntakeRun(
            name,
            latency,
            mattersAfter - mattersBefore,
            ledgerAfter - ledgerBefore,
            kinds.OrderBy(k => k.Key).ToDictionary(k => k.Key.ToString(), k => k.Value),
            resources,
            cores) { Gc = await gc.StopAsync() };
        return (run, timings.ToArray());
    }

    /// <summary>Signs every clerk of the workload in (a token each), then runs the mix untimed so every point, window and pool is warm.</summary>
    public static async Task WarmUpAsync(GatewayClient client, HttpWorkload workload, int callers, TimeSpan duration, CancellationToken cancellationToken)
    {
        var clerks = workload.Clerks.ToArray();
        using (var progress = new ConsoleProgress("sign in the clerks (bearer tokens)", clerks.Length, "clerks"))
        {
            await Parallel.ForEachAsync(clerks, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (clerk, _) =>
            {
                await client.TokenAsync(clerk);
                progress.Advance();
            });
        }

        await TimedLoad.RunAsync(
            "HTTP intake warm-up",
            callers,
            duration,
            TimeSpan.Zero,
            async (caller, n) =>
            {
                await workload.TakeInAsync(client, HttpMix.Pick((n * callers) + caller), (n * callers) + caller);
                return null;
            },
            cancellationToken);
    }

    public static IReadOnlyDictionary<string, int> Pids(HttpCluster cluster) =>
        new Dictionary<string, int> { ["silo"] = cluster.Silo.Id, ["gateway"] = cluster.Gateway.Id };
}
