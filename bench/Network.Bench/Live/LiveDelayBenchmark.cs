using System.Collections.Concurrent;
using System.Diagnostics;
using Network.Bench.Benchmarks;
using Network.Bench.Hosting;
using Network.Bench.Http;
using Network.Bench.Measuring;

namespace Network.Bench.Live;

/// <summary>
/// P3: how long a status change takes to reach the SignalR clients watching its point. Clients
/// connect to the gateway's /hubs/live signed in as the city monitor and watch every point of the network (spread evenly);
/// callers take promised matters in over HTTP; each client's arrival of a matter's version 1 is
/// matched with the intake call by receipt number. Then the same on a bare SignalR app (no
/// Orleans) in this process: as many clients, the same points, a POST that broadcasts, paced to
/// the rate the gateway run reached. By default the callers run a closed loop (each sends its next
/// intake when the last returns: the intake runs at saturation and its own latency is part of the
/// figure from send); with a rate above 0 the intakes are sent at that rate, paced exactly like the
/// bare broadcasts (an open loop while the callers keep up). Each measured window (the gateway's, the
/// bare one's) follows a settling window of the same load, not measured, and runs with the bench's own
/// GC in <see cref="MeasuredWindowGc"/> (both unless the settling time is 0, the method before it);
/// every process's GC pauses in the window are reported beside the figures.
/// </summary>
public static class LiveDelayBenchmark
{
    /// <summary>The most settling windows before a measured one, however the process measured collects.</summary>
    public const int MaxSettleWindows = 12;

    private static readonly HttpClient Poker = new(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue });

    public static async Task<LiveDelayResult> RunAsync(HttpCluster cluster, GatewayClient client, HttpWorkload workload, int clients, int callers, TimeSpan duration, double rate, TimeSpan settle, int postmasterPid, CancellationToken cancellationToken)
    {
        LiveDelayRun gateway;
        List<string> order;
        // The clients sign in (the city monitor's token): only signed-in clerks within reach get a point's matters.
        var token = await client.TokenAsync("m-" + workload.City);
        await using (var live = await LiveClients.ConnectAsync(new Uri(cluster.Address, "/hubs/live"), clients, workload.Points, $"connect {clients} SignalR clients to the gateway", cancellationToken, token))
        {
            var paced = rate > 0 ? $"paced at {rate:N0}/s" : "closed loop";
            var label = $"P3: intakes to {clients} SignalR clients via the gateway, {callers} callers, {paced}";
            Func<ConcurrentQueue<IntakeTiming>, long, Func<int, long, Task<double?>>> intakes = (timings, started) => async (caller, sequence) =>
            {
                if (rate > 0)
                {
                    await PaceAsync(started, callers / rate, callers, caller, sequence, cancellationToken);
                }

                var t = await workload.TakeInAsync(client, MatterMix.Kind.Promised, (sequence * callers) + caller);
                timings.Enqueue(t);
                return Ticks.Ms(t.Returned - t.Sent);
            };
            await SettleAsync(live, settle, callers, label, intakes, since => cluster.GatewayGc.PromotedSince(since), cancellationToken);

            var measured = new ConcurrentQueue<IntakeTiming>();
            var before = live.Received;
            var meter = ResourceSample.Start(postmasterPid);
            var cpu = ProcessCpu.Start(HttpIntakeBenchmark.Pids(cluster));
            var gc = GcWindow.Start(cluster.GcPauses);
            LatencySummary trigger;
            using (settle > TimeSpan.Zero ? MeasuredWindowGc.Start() : null)
            {
                trigger = await TimedLoad.RunAsync(label, callers, duration, TimeSpan.Zero, intakes(measured, Stopwatch.GetTimestamp()), cancellationToken);
                await DeliveredAsync(live, before, measured, cancellationToken);
            }

            var cores = cpu.Stop();
            var resources = meter.Stop();
            gateway = Summarise($"gateway (Orleans → publisher → observer → SignalR), {paced}", live, measured.ToArray(), trigger, resources, cores) with { Gc = await gc.StopAsync() };
            order = measured.Select(t => t.PointCode).ToList();
        }

        await using var bare = await BareSignalRServer.StartAsync(cancellationToken);
        await using (var live = await LiveClients.ConnectAsync(bare.Hub, clients, workload.Points, $"connect {clients} SignalR clients to the bare hub", cancellationToken))
        {
            var bareRate = Math.Max(gateway.Trigger.OperationsPerSecond, 1);
            var interval = callers / bareRate;
            var label = $"P3: bare broadcasts to {clients} SignalR clients at {bareRate:N0}/s";
            Func<ConcurrentQueue<IntakeTiming>, long, Func<int, long, Task<double?>>> pokes = (timings, started) => async (caller, sequence) =>
            {
                await PaceAsync(started, interval, callers, caller, sequence, cancellationToken);
                var n = (sequence * callers) + caller;
                var point = order.Count > 0 ? order[(int)(n % order.Count)] : workload.Points[(int)(n % workload.Points.Count)];
                // Each window's receipts are its own, so a late delivery of the settling window is not matched with the measured one's.
                var receipt = $"bare-{started}-{n}";
                var sent = Stopwatch.GetTimestamp();
                using var response = await Poker.PostAsync(new Uri(bare.Address, $"/poke/{point}/{receipt}"), null, cancellationToken);
                response.EnsureSuccessStatusCode();
                var returned = Stopwatch.GetTimestamp();
                timings.Enqueue(new IntakeTiming(receipt, point, sent, returned));
                return Ticks.Ms(returned - sent);
            };
            await SettleAsync(live, settle, callers, label, pokes, _ => true, cancellationToken);

            var measured = new ConcurrentQueue<IntakeTiming>();
            var before = live.Received;
            var meter = ResourceSample.Start(postmasterPid);
            var gc = GcWindow.Start(new Dictionary<string, GcPauseRecorder> { ["bench"] = GcPauseRecorder.Own });
            LatencySummary trigger;
            using (settle > TimeSpan.Zero ? MeasuredWindowGc.Start() : null)
            {
                trigger = await TimedLoad.RunAsync(label, callers, duration, TimeSpan.Zero, pokes(measured, Stopwatch.GetTimestamp()), cancellationToken);
                await DeliveredAsync(live, before, measured, cancellationToken);
            }

            var b = Summarise("bare SignalR broadcast (no Orleans, in the bench process)", live, measured.ToArray(), trigger, meter.Stop(), new Dictionary<string, double>()) with { Gc = await gc.StopAsync() };
            return new LiveDelayResult(gateway, b);
        }
    }

    /// <summary>
    /// Before a measured window: the same load for <paramref name="settle"/>, not measured, and on
    /// (in further windows as long, up to <see cref="MaxSettleWindows"/>) until the process measured
    /// has <paramref name="settled"/> since the first window ended — for the gateway, until what its
    /// clients' connecting and first messages left alive has been promoted to gen 2 (<see cref="GcPauseRecorder.PromotedSince"/>): the 1,000 connections'
    /// objects (16-27 MB in the gateway) are new, and with this machine's large gen-0 budget the
    /// gateway's first collections after connecting copy them all in one pause each, a cost a
    /// gateway pays when its clients connect, not per change. Then the deliveries are awaited and
    /// forgotten, and the bench process runs a full blocking collection of its own (its 1,000
    /// clients' objects). So the window times the steady path, for the gateway and the bare
    /// yardstick alike.
    /// </summary>
    private static async Task SettleAsync(
        LiveClients live,
        TimeSpan settle,
        int callers,
        string label,
        Func<ConcurrentQueue<IntakeTiming>, long, Func<int, long, Task<double?>>> load,
        Func<long, bool> settled,
        CancellationToken cancellationToken)
    {
        if (settle <= TimeSpan.Zero)
        {
            return;
        }

        var timings = new ConcurrentQueue<IntakeTiming>();
        var before = live.Received;
        // What is alive after the first window (the connections, and what each made on its first messages) must settle.
        var firstWindowEnded = 0L;
        for (var window = 1; window == 1 || (window <= MaxSettleWindows && !settled(firstWindowEnded)); window++)
        {
            await TimedLoad.RunAsync($"{label} (settling {window}, not measured)", callers, settle, TimeSpan.Zero, load(timings, Stopwatch.GetTimestamp()), cancellationToken);
            firstWindowEnded = window == 1 ? Stopwatch.GetTimestamp() : firstWindowEnded;
        }

        await DeliveredAsync(live, before, timings, cancellationToken);
        live.Drain();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }

    /// <summary>Waits until the caller's next send is due: every <paramref name="interval"/> seconds from the start, the callers spread evenly over it.</summary>
    private static async Task PaceAsync(long started, double interval, int callers, int caller, long sequence, CancellationToken cancellationToken)
    {
        var due = started + (long)(((sequence * interval) + (caller * interval / callers)) * Stopwatch.Frequency);
        var wait = due - Stopwatch.GetTimestamp();
        if (wait > 0)
        {
            await Task.Delay(TimeSpan.FromSeconds((double)wait / Stopwatch.Frequency), cancellationToken);
        }
    }

    /// <summary>Waits until every expected delivery has arrived, or ten seconds (what is missing then is lost, not late).</summary>
    private static async Task DeliveredAsync(LiveClients live, long receivedBefore, IEnumerable<IntakeTiming> timings, CancellationToken cancellationToken)
    {
        var expected = receivedBefore + timings.Sum(t => (long)live.Watchers.GetValueOrDefault(t.PointCode));
        var until = Stopwatch.GetTimestamp() + (10 * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < until && live.Received < expected)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
        }
    }

    private static LiveDelayRun Summarise(string hub, LiveClients live, IReadOnlyList<IntakeTiming> timings, LatencySummary trigger, ResourceSample resources, IReadOnlyDictionary<string, double> cores)
    {
        var byReceipt = timings.ToDictionary(t => t.ReceiptNumber, StringComparer.Ordinal);
        var fromSent = new List<double>();
        var fromReturned = new List<double>();
        foreach (var (receipt, arrived) in live.Drain())
        {
            if (byReceipt.TryGetValue(receipt, out var t))
            {
                fromSent.Add(Ticks.Ms(arrived - t.Sent));
                fromReturned.Add(Ticks.Ms(arrived - t.Returned));
            }
        }

        var expected = timings.Sum(t => (long)live.Watchers.GetValueOrDefault(t.PointCode));
        return new LiveDelayRun(
            hub,
            live.Count,
            live.Watchers.Count,
            trigger,
            LatencySummary.From(fromSent.ToArray(), live.Count, trigger.Seconds, errors: 0),
            LatencySummary.From(fromReturned.ToArray(), live.Count, trigger.Seconds, errors: 0),
            expected,
            fromSent.Count,
            resources,
            cores);
    }
}
