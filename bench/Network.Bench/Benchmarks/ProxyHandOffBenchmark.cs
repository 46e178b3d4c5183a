using System.Diagnostics;
using Network.Bench.Hosting;
using Network.Bench.Measuring;
using Network.Grains.Interfaces.Matters;

namespace Network.Bench.Benchmarks;

/// <summary>
/// P2: a village matter decided by the city travels village → township → city and its result
/// comes back: HandUp at the village (by the proxy agent), HandUp at the township, Decide at the
/// city. The intake is not timed; the three calls are, together, as one hand-off.
/// </summary>
public static class ProxyHandOffBenchmark
{
    public static async Task<ProxyHandOffResult> RunAsync(BenchSilo silo, IntakeWorkload workload, int? postmasterPid, int callers, TimeSpan duration, CancellationToken cancellationToken)
    {
        var meter = ResourceSample.Start(postmasterPid);
        var latency = await TimedLoad.RunAsync(
            $"proxy hand-off village→township→city, {callers} callers",
            callers,
            duration,
            TimeSpan.Zero,
            async (caller, sequence) =>
            {
                var (matter, c) = await workload.AcceptProxyToCityAsync(silo.Grains, (sequence * callers) + caller);
                var village = c.Point.Code;
                var township = village[..9];
                var city = village[..6];
                var started = Stopwatch.GetTimestamp();
                await matter.HandUp(new HandUpCommand(IntakeWorkload.Clerk(c.Window.ClerkA.Id, village), c.Point.ProxyAgents![0].Id, "村民委托代办"));
                await matter.HandUp(new HandUpCommand(workload.ClerkAt(township), null, null));
                var decided = await matter.Decide(new DecideCommand(workload.ClerkAt(city), true, "准予办理", null, null));
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                return decided.Status == MatterStatus.ResultReady && decided.CurrentPointCode == village
                    ? elapsed
                    : throw new InvalidOperationException($"The result of {decided.ReceiptNumber} is {decided.Status} at {decided.CurrentPointCode}, not back at {village}.");
            },
            cancellationToken);
        return new ProxyHandOffResult(latency, meter.Stop());
    }
}
