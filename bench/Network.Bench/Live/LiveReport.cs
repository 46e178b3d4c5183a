using Network.Bench.Generation;
using Network.Bench.Http;
using Network.Bench.Measuring;
using Network.Bench.Results;

namespace Network.Bench.Live;

/// <summary>What <c>bench live</c> measured, as written to <c>live.json</c>: each P3 run with its bare yardstick, and P5.</summary>
public sealed record LiveReport(
    DateTimeOffset MeasuredAt,
    string CommandLine,
    MachineInfo Machine,
    string LoadAverageBefore,
    string LoadAverageAfter,
    NetworkShape Network,
    IReadOnlyList<LiveDelayResult> P3,
    CityStalenessResult? P5)
{
    public static string Describe(LiveDelayResult run)
    {
        var (g, b) = (run.Gateway, run.Bare);
        var (fromSent, fromReturned) = LiveBenchRunner.Ratios(run);
        return $"P3 ({g.Clients:N0} clients, {g.Trigger.OperationsPerSecond:N0} changes/s): gateway from send p50 {g.DelayFromSent.P50Ms:0.#} / p99 {g.DelayFromSent.P99Ms:0.#} ms, " +
               $"from return p50 {g.DelayFromReturned.P50Ms:0.#} / p99 {g.DelayFromReturned.P99Ms:0.#} ms; bare from send p50 {b.DelayFromSent.P50Ms:0.#} / p99 {b.DelayFromSent.P99Ms:0.#} ms, " +
               $"from return p99 {b.DelayFromReturned.P99Ms:0.#} ms; p99 {fromSent:0.##}× bare from send (target ≤ {HttpTargets.P3P99Limit}×), {fromReturned:0.##}× from return; " +
               $"delivered {g.DeliveriesReceived:N0}/{g.DeliveriesExpected:N0} (bare {b.DeliveriesReceived:N0}/{b.DeliveriesExpected:N0}); intake p99 {g.Trigger.P99Ms:0.#} ms" +
               GcLines("gateway run", g.Gc) + GcLines("bare run", b.Gc);
    }

    /// <summary>One line per process: its garbage collector in the window.</summary>
    public static string GcLines(string window, IReadOnlyDictionary<string, GcSummary>? gc) =>
        gc is null ? string.Empty : string.Concat(gc.Select(p => $"\n  GC, {window}, {p.Key}: {p.Value}"));

    public static string Describe(CityStalenessResult s) =>
        $"P5: city staleness p50 {s.Staleness.P50Ms:0.#} / p90 {s.Staleness.P90Ms:0.#} / p99 {s.Staleness.P99Ms:0.#} / max {s.Staleness.MaxMs:0.#} ms = " +
        $"{s.Staleness.P99Ms / s.RollUpIntervalMs:0.##}× the {s.RollUpIntervalMs:0} ms interval (target ≤ {HttpTargets.P5IntervalMultiple}×); {s.Matters:N0} matters, {s.LoadsSeen} city loads, uncounted {s.Staleness.Errors}";
}
