using Network.Bench.Cli;

namespace Network.Bench.Benchmarks;

/// <summary>How long and how hard <c>bench run</c> measures; <see cref="Smoke"/> finishes in seconds.</summary>
public sealed record BenchOptions
{
    public bool Smoke { get; init; }

    public string OutputFolder { get; init; } = Path.Combine("bench", "results");

    public int Callers { get; init; } = 64;

    public int HandOffCallers { get; init; } = 16;

    public TimeSpan Pgbench { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan GrainCalls { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan Intake { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan InMemoryIntake { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan HandOff { get; init; } = TimeSpan.FromSeconds(20);

    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Each storage probe (grain-state writes, reminder registrations).</summary>
    public TimeSpan Probe { get; init; } = TimeSpan.FromSeconds(10);

    public string IntakePreset { get; init; } = "county";

    public IReadOnlyList<string> MemoryPresets { get; init; } = ["province"];

    public int Parallelism { get; init; } = 64;

    public static BenchOptions From(CommandLine line)
    {
        var smoke = line.Has("smoke");
        var o = smoke
            ? new BenchOptions
            {
                Smoke = true,
                Callers = 16,
                HandOffCallers = 4,
                Pgbench = TimeSpan.FromSeconds(2),
                GrainCalls = TimeSpan.FromSeconds(1),
                Intake = TimeSpan.FromSeconds(2),
                InMemoryIntake = TimeSpan.FromSeconds(1),
                HandOff = TimeSpan.FromSeconds(1),
                WarmUp = TimeSpan.FromSeconds(1),
                Probe = TimeSpan.FromSeconds(1),
                IntakePreset = "smoke",
                MemoryPresets = ["smoke"],
            }
            : new BenchOptions();
        return o with
        {
            OutputFolder = line.Text("out", o.OutputFolder),
            Callers = line.Int("callers", o.Callers),
            HandOffCallers = line.Int("handoff-callers", o.HandOffCallers),
            Pgbench = Seconds(line, "pgbench-seconds", o.Pgbench),
            GrainCalls = Seconds(line, "call-seconds", o.GrainCalls),
            Intake = Seconds(line, "intake-seconds", o.Intake),
            HandOff = Seconds(line, "handoff-seconds", o.HandOff),
            Probe = Seconds(line, "probe-seconds", o.Probe),
            InMemoryIntake = Seconds(line, "memory-intake-seconds", o.InMemoryIntake),
            IntakePreset = line.Text("intake-preset", o.IntakePreset),
            MemoryPresets = line.Text("memory-presets") is { } m
                ? m.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(p => p != "none").ToArray()
                : o.MemoryPresets,
        };
    }

    private static TimeSpan Seconds(CommandLine line, string name, TimeSpan fallback) =>
        line.Text(name) is null ? fallback : TimeSpan.FromSeconds(line.Double(name, fallback.TotalSeconds));
}
