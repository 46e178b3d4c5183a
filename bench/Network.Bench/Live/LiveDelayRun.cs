using Network.Bench.Measuring;

namespace Network.Bench.Live;

/// <summary>
/// One P3 run against one hub: the triggering HTTP calls, and the delay of every delivery, from
/// when the call was sent and from when it returned (one clock: the bench process); how many
/// deliveries were expected (watchers of the point, per change) and how many came; CPU and GC per process.
/// </summary>
public sealed record LiveDelayRun(
    string Hub,
    int Clients,
    int WatchedPoints,
    LatencySummary Trigger,
    LatencySummary DelayFromSent,
    LatencySummary DelayFromReturned,
    long DeliveriesExpected,
    long DeliveriesReceived,
    ResourceSample Resources,
    IReadOnlyDictionary<string, double> ProcessCores)
{
    /// <summary>Each process's garbage-collector pauses in the window (the bench, and for the gateway run the silo and gateway).</summary>
    public IReadOnlyDictionary<string, GcSummary>? Gc { get; init; }
}
