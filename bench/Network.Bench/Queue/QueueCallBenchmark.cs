using System.Collections.Concurrent;
using System.Diagnostics;
using Network.Bench.Hosting;
using Network.Bench.Http;
using Network.Bench.Live;
using Network.Bench.Measuring;
using Network.Grains.Network;

namespace Network.Bench.Queue;

/// <summary>
/// Q1 (issue 12): tickets issued and called across the demo city at a set rate while hall displays
/// watch. Each lane is a point's first window and its A clerk; a caller owns its lanes, so a window
/// is free when it calls: take a ticket, call the next (timed), serve and finish. Every hall display
/// watching the point records when the call arrives; the delay is measured from the call-next
/// request's send and return (one clock: the bench process). Then the bare yardstick of P3
/// (<see cref="BareSignalRServer"/>): as many displays, the same points, broadcasts paced to the
/// rate the gateway run reached. An optional warm-up runs the same load first, unmeasured.
/// </summary>
public static class QueueCallBenchmark
{
    private static readonly HttpClient Poker = new(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue });

    public sealed record Lane(string Point, string WindowId, string Clerk);

    public static IReadOnlyList<Lane> Lanes(NetworkFile network) =>
        network.Points.Where(p => p.Windows.Count > 0).Select(p => new Lane(p.Code, p.Windows[0].Id, p.Windows[0].ClerkA.Id)).ToArray();

    public static async Task<QueueRun> RunAsync(
        HttpCluster cluster, GatewayClient client, IReadOnlyList<Lane> lanes, int screens, int callers, double rate, TimeSpan duration, TimeSpan warmUp, int postmasterPid, CancellationToken cancellationToken)
    {
        callers = Math.Clamp(callers, 1, lanes.Count);
        var points = lanes.Select(l => l.Point).ToArray();
        using var clerks = new QueueClerks(client);
        foreach (var lane in lanes)
        {
            await client.TokenAsync(lane.Clerk);
        }

        LiveDelayRun gateway;
        DisplayTraffic traffic;
        List<string> order;
        await using (var hall = await HallScreens.ConnectAsync(new Uri(cluster.Address, "/hubs/live"), screens, points, $"connect {screens} hall displays to the gateway", cancellationToken))
        {
            // One ticket issued, called (timed), served and finished at a lane of this caller.
            async Task<double?> TicketAsync(int caller, long sequence, long started, ConcurrentQueue<IntakeTiming> timings)
            {
                await PaceAsync(started, rate, (sequence * callers) + caller, cancellationToken);
                var mine = lanes.Where((_, i) => i % callers == caller).ToArray();
                var lane = mine[(int)(sequence % mine.Length)];
                await clerks.IssueAsync(lane.Clerk, lane.Point, lane.WindowId);
                var sent = Stopwatch.GetTimestamp();
                var called = await clerks.CallNextAsync(lane.Clerk, lane.Point, lane.WindowId);
                var returned = Stopwatch.GetTimestamp();
                timings.Enqueue(new IntakeTiming(lane.Point + "/" + called, lane.Point, sent, returned));
                await clerks.ServeAndFinishAsync(lane.Clerk, lane.Point, called);
                return Ticks.Ms(returned - sent);
            }

            if (warmUp > TimeSpan.Zero)
            {
                // The same load, not measured: the processes' code paths compiled and their pools grown,
                // as a hall that has been open for a while; its deliveries are awaited and set aside.
                var warming = new ConcurrentQueue<IntakeTiming>();
                var warmStarted = Stopwatch.GetTimestamp();
                await TimedLoad.RunAsync($"Q1 warm-up at {rate:N0}/s", callers, warmUp, TimeSpan.Zero, (caller, sequence) => TicketAsync(caller, sequence, warmStarted, warming), cancellationToken);
                await SettleAsync(hall, warming, cancellationToken);
                hall.Reset();
            }

            var timings = new ConcurrentQueue<IntakeTiming>();
            var framesBefore = hall.Traffic.Frames;
            var meter = ResourceSample.Start(postmasterPid);
            var cpu = ProcessCpu.Start(HttpIntakeBenchmark.Pids(cluster));
            var started = Stopwatch.GetTimestamp();
            var trigger = await TimedLoad.RunAsync(
                $"Q1: tickets issued and called at {rate:N0}/s, {screens} hall displays, {callers} callers",
                callers,
                duration,
                TimeSpan.Zero,
                (caller, sequence) => TicketAsync(caller, sequence, started, timings),
                cancellationToken);
            await SettleAsync(hall, timings, cancellationToken);
            gateway = Summarise("gateway: call → queue grain → publisher → observer → SignalR hall displays", hall, timings.ToArray(), trigger, meter.Stop(), cpu.Stop());
            traffic = DisplayTraffic.Of(hall, framesBefore, trigger);
            order = timings.Select(t => t.PointCode).ToList();
        }

        await using var bare = await BareSignalRServer.StartAsync(cancellationToken);
        await using (var hall = await HallScreens.ConnectAsync(bare.Hub, screens, points, $"connect {screens} hall displays to the bare hub", cancellationToken))
        {
            var timings = new ConcurrentQueue<IntakeTiming>();
            var reached = Math.Max(gateway.Trigger.OperationsPerSecond, 1);
            var started = Stopwatch.GetTimestamp();
            var meter = ResourceSample.Start(postmasterPid);
            var trigger = await TimedLoad.RunAsync(
                $"Q1: bare broadcasts to {screens} hall displays at {reached:N0}/s",
                callers,
                duration,
                TimeSpan.Zero,
                async (caller, sequence) =>
                {
                    var n = (sequence * callers) + caller;
                    await PaceAsync(started, reached, n, cancellationToken);
                    var point = order.Count > 0 ? order[(int)(n % order.Count)] : points[(int)(n % points.Length)];
                    var key = "bare-" + n;
                    var sent = Stopwatch.GetTimestamp();
                    using var response = await Poker.PostAsync(new Uri(bare.Address, $"/poke/{point}/{key}"), null, cancellationToken);
                    response.EnsureSuccessStatusCode();
                    var returned = Stopwatch.GetTimestamp();
                    timings.Enqueue(new IntakeTiming(key, point, sent, returned));
                    return Ticks.Ms(returned - sent);
                },
                cancellationToken);
            await SettleAsync(hall, timings, cancellationToken);
            return new QueueRun(
                new LiveDelayResult(gateway, Summarise("bare SignalR broadcast (no Orleans, in the bench process)", hall, timings.ToArray(), trigger, meter.Stop(), new Dictionary<string, double>())),
                traffic);
        }
    }

    /// <summary>Waits until operation <paramref name="n"/> is due at <paramref name="rate"/> per second from <paramref name="started"/>.</summary>
    private static async Task PaceAsync(long started, double rate, long n, CancellationToken cancellationToken)
    {
        var due = started + (long)(n / rate * Stopwatch.Frequency);
        var wait = due - Stopwatch.GetTimestamp();
        if (wait > 0)
        {
            await Task.Delay(TimeSpan.FromSeconds((double)wait / Stopwatch.Frequency), cancellationToken);
        }
    }

    /// <summary>Waits until every expected delivery has arrived, or ten seconds (what is missing then is lost, not late).</summary>
    private static async Task SettleAsync(HallScreens hall, IEnumerable<IntakeTiming> timings, CancellationToken cancellationToken)
    {
        var expected = timings.Sum(t => (long)hall.Watchers.GetValueOrDefault(t.PointCode));
        var until = Stopwatch.GetTimestamp() + (10 * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < until && hall.Received < expected)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
        }
    }

    private static LiveDelayRun Summarise(string hub, HallScreens hall, IReadOnlyList<IntakeTiming> timings, LatencySummary trigger, ResourceSample resources, IReadOnlyDictionary<string, double> cores)
    {
        var byKey = timings.ToDictionary(t => t.ReceiptNumber, StringComparer.Ordinal);
        var fromSent = new List<double>();
        var fromReturned = new List<double>();
        foreach (var (key, arrived) in hall.Drain())
        {
            if (byKey.TryGetValue(key, out var t))
            {
                fromSent.Add(Ticks.Ms(arrived - t.Sent));
                fromReturned.Add(Ticks.Ms(arrived - t.Returned));
            }
        }

        var expected = timings.Sum(t => (long)hall.Watchers.GetValueOrDefault(t.PointCode));
        return new LiveDelayRun(
            hub,
            hall.Count,
            hall.Watchers.Count,
            trigger,
            LatencySummary.From(fromSent.ToArray(), hall.Count, trigger.Seconds, errors: 0),
            LatencySummary.From(fromReturned.ToArray(), hall.Count, trigger.Seconds, errors: 0),
            expected,
            fromSent.Count,
            resources,
            cores);
    }
}
