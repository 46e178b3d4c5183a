using Network.Bench.Benchmarks;

namespace Network.Bench.Results;

/// <summary>What one <c>bench memory</c> (P4 alone) measured, as written to its JSON file.</summary>
public sealed record MemoryReport(
    DateTimeOffset MeasuredAt,
    string CommandLine,
    MachineInfo Machine,
    IReadOnlyList<MemoryResult> Memory,
    P4Verdict? Verdict);
