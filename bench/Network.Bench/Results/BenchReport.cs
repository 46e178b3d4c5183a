using Network.Bench.Benchmarks;
using Network.Bench.Generation;
using Network.Bench.Http;

namespace Network.Bench.Results;

/// <summary>Everything one <c>bench run</c> measured, as written to <c>latest.json</c>.</summary>
public sealed record BenchReport(
    DateTimeOffset MeasuredAt,
    string Mode,
    string CommandLine,
    MachineInfo Machine,
    Yardsticks Yardsticks,
    PgBenchResult Pgbench,
    GrainCallResult GrainCalls,
    NetworkShape IntakeNetwork,
    IntakeRun IntakePromised,
    IntakeRun IntakeMix,
    IntakeRun IntakeInMemoryStore,
    ProxyHandOffResult ProxyHandOff,
    StorageProbeResult StorageProbes,
    IReadOnlyList<MemoryResult> Memory,
    HttpReport? Http,
    Targets Targets);
