using Network.Bench.Cli;
using Network.Bench.Generation;

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

    /// <summary>The grain-level intake's untimed run before it is measured (the bench's own in-process silo).</summary>
    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The HTTP part's untimed intake before it is measured. Long enough for the freshly started
    /// silo and gateway processes to finish tiered compilation: after 5 s the silo still spent 26 %
    /// of its CPU in the JIT (perf, docs/benchmarks.md), after 40 s none.
    /// </summary>
    public TimeSpan HttpWarmUp { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Each storage probe (grain-state writes, reminder registrations).</summary>
    public TimeSpan Probe { get; init; } = TimeSpan.FromSeconds(10);

    public string IntakePreset { get; init; } = "county";

    public IReadOnlyList<string> MemoryPresets { get; init; } = ["province"];

    /// <summary>The grain storages P4 runs with, each preset once per storage: memory, and PostgreSQL (defined, then activated by a fresh silo process).</summary>
    public IReadOnlyList<string> MemoryStorages { get; init; } = [MemoryResult.MemoryStorage, MemoryResult.PostgresStorage];

    public int Parallelism { get; init; } = 64;

    /// <summary>Run the HTTP part (real silo and gateway processes); <c>--no-http</c> skips it.</summary>
    public bool Http { get; init; } = true;

    /// <summary>The network the silo and gateway processes load: one city, 8 townships, 64 villages (≈ 900 demo accounts).</summary>
    public NetworkShape HttpNetwork { get; init; } = new(1, 8, 8);

    public int HttpCallers { get; init; } = 64;

    public TimeSpan HttpIntake { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>P3: SignalR clients, spread over every point of the HTTP network.</summary>
    public int LiveClients { get; init; } = 1000;

    /// <summary>P3: HTTP callers taking matters in while the clients watch.</summary>
    public int LiveCallers { get; init; } = 16;

    public TimeSpan LiveDuration { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// P3: 0 (the default) for the closed loop (each caller sends its next intake when the last
    /// returns); above 0, intakes sent at this rate (per second, spread over the callers), as the bare broadcast is.
    /// </summary>
    public double LiveRate { get; init; }

    /// <summary>
    /// P3: before each measured window (the gateway's and the bare yardstick's), the same load for this
    /// long, not measured, then a full collection of the bench process: the window starts on a settled
    /// process, not on what connecting 1,000 clients left to collect, and the bench's own GC avoids blocking
    /// full collections while it measures (<c>MeasuredWindowGc</c>). 0: neither (the method before them).
    /// </summary>
    public TimeSpan LiveSettle { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The silo's Network:Live:RollUpInterval (P5).</summary>
    public TimeSpan RollUpInterval { get; init; } = TimeSpan.FromMilliseconds(500);

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
                HttpWarmUp = TimeSpan.FromSeconds(1),
                Probe = TimeSpan.FromSeconds(1),
                IntakePreset = "smoke",
                // P4 on the county preset (321 points, ~1 s in memory): on the 10-point smoke network the
                // heap's change over the points is smaller than the GC's own noise (measured: -14 to +5 KB per point).
                MemoryPresets = ["county"],
                HttpNetwork = NetworkShape.Preset("smoke"),
                HttpCallers = 4,
                HttpIntake = TimeSpan.FromSeconds(1.5),
                LiveClients = 12,
                LiveCallers = 2,
                LiveDuration = TimeSpan.FromSeconds(1.5),
                LiveSettle = TimeSpan.FromSeconds(0.5),
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
            WarmUp = Seconds(line, "warm-up-seconds", o.WarmUp),
            HttpWarmUp = Seconds(line, "http-warm-up-seconds", o.HttpWarmUp),
            InMemoryIntake = Seconds(line, "memory-intake-seconds", o.InMemoryIntake),
            IntakePreset = line.Text("intake-preset", o.IntakePreset),
            Http = !line.Has("no-http"),
            HttpNetwork = o.HttpNetwork with
            {
                TownshipsPerCity = line.Double("http-townships", o.HttpNetwork.TownshipsPerCity),
                VillagesPerTownship = line.Double("http-villages-per-township", o.HttpNetwork.VillagesPerTownship),
            },
            HttpCallers = line.Int("http-callers", o.HttpCallers),
            HttpIntake = Seconds(line, "http-seconds", o.HttpIntake),
            LiveClients = line.Int("signalr-clients", o.LiveClients),
            LiveCallers = line.Int("live-callers", o.LiveCallers),
            LiveDuration = Seconds(line, "live-seconds", o.LiveDuration),
            LiveRate = line.Double("live-rate", o.LiveRate),
            LiveSettle = Seconds(line, "live-settle-seconds", o.LiveSettle),
            RollUpInterval = Seconds(line, "rollup-interval", o.RollUpInterval),
            MemoryPresets = line.Text("memory-presets") is { } m
                ? m.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(p => p != "none").ToArray()
                : o.MemoryPresets,
            MemoryStorages = line.Text("memory-storage") is { } storages ? MemoryPerPointRuns.ParseStorages(storages) : o.MemoryStorages,
        };
    }

    private static TimeSpan Seconds(CommandLine line, string name, TimeSpan fallback) =>
        line.Text(name) is null ? fallback : TimeSpan.FromSeconds(line.Double(name, fallback.TotalSeconds));
}
