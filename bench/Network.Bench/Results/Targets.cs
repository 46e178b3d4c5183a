using Network.Bench.Benchmarks;

namespace Network.Bench.Results;

/// <summary>
/// The targets and how far a run is from each: P1 intake ≥ 1.0× pgbench -N TPS with p99 ≤ 3×
/// pgbench p99; P2 hand-off p99 as a multiple of pgbench p99; P4 ≤ 4 KiB per idle point, the
/// whole country activated from PostgreSQL within 120 s and within 24 GiB.
/// </summary>
public sealed record Targets(
    double IntakeTpsRatio,
    double IntakeP99Ratio,
    bool P1Met,
    double MixTpsRatio,
    double MixP99Ratio,
    double HandOffP99Ratio,
    double? MemoryBytesPerPointRatio,
    bool? P4Met)
{
    public const double P1TpsRatio = 1.0;
    public const double P1P99Ratio = 3.0;
    public const double P4CountryGiB = 24;

    /// <summary>P4's country activation time from PostgreSQL (projected from a smaller preset) over 120 s.</summary>
    public double? MemoryActivateSecondsRatio { get; init; }

    /// <summary>P4 from the largest preset measured: its PostgreSQL run when there is one, else its memory run.</summary>
    public static P4Verdict? P4Of(IReadOnlyList<MemoryResult> memory)
    {
        if (memory.Count == 0)
        {
            return null;
        }

        var points = memory.Max(m => m.Points);
        var largest = memory.Where(m => m.Points == points).ToArray();
        var headline = largest.FirstOrDefault(m => m.Storage == MemoryResult.PostgresStorage) ?? largest[0];
        return new P4Verdict(
            Math.Round(headline.ManagedBytesPerPoint / MemoryResult.TargetBytesPerPoint, 3),
            headline.MeetsActivateTarget is null ? null : Math.Round(headline.ProjectedCountryActivateSeconds / MemoryResult.TargetCountryActivateSeconds, 3),
            largest.All(m => m.MeetsTarget && m.ProjectedCountryGiB <= P4CountryGiB));
    }
}
