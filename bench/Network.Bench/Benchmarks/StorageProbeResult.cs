using Network.Bench.Measuring;

namespace Network.Bench.Benchmarks;

/// <summary>Grain-state writes and reminder registrations per second through the ADO.NET providers.</summary>
public sealed record StorageProbeResult(
    LatencySummary GrainStateWrites,
    ResourceSample GrainStateWriteResources,
    LatencySummary ReminderRegistrations,
    ResourceSample ReminderResources);
