using Network.Bench.Cli;

namespace Network.Bench.Benchmarks;

/// <summary>The options of <c>bench yardstick</c> (<see cref="PgBenchRepeat"/>).</summary>
public sealed record PgBenchRepeatOptions
{
    public int Repeat { get; init; } = 5;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(10);

    public int Clients { get; init; } = 64;

    public int Threads { get; init; } = 2;

    /// <summary>
    /// Whether the project's schema is migrated before pgbench (<c>--migrated</c>: <c>bench run</c>'s method before
    /// docs/speed-yardstick.md); by default the server is bare, as <c>bench run</c> now measures it.
    /// </summary>
    public bool Migrate { get; init; }

    public string OutputFolder { get; init; } = Path.Combine("bench", "results");

    public static PgBenchRepeatOptions From(CommandLine line) => new()
    {
        Repeat = Math.Max(1, line.Int("repeat", 5)),
        Duration = TimeSpan.FromSeconds(line.Double("pgbench-seconds", 10)),
        Clients = line.Int("clients", 64),
        Threads = line.Int("threads", 2),
        Migrate = line.Has("migrated"),
        OutputFolder = line.Text("out", Path.Combine("bench", "results")),
    };
}
