namespace Network.Bench.Benchmarks;

/// <summary>What <c>bench yardstick</c> writes to <c>yardstick.json</c>.</summary>
public sealed record PgBenchRepeatReport(DateTimeOffset MeasuredAt, string CommandLine, bool Migrated, IReadOnlyList<PgBenchRepeatRun> Runs);

/// <summary>One run of the yardstick, on its own fresh server, with the load averages before and after.</summary>
public sealed record PgBenchRepeatRun(int Number, string? LoadAverageBefore, string? LoadAverageAfter, PgBenchResult Result);
