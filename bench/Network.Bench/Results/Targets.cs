namespace Network.Bench.Results;

/// <summary>
/// The targets and how far a run is from each: P1 intake ≥ 1.0× pgbench -N TPS with p99 ≤ 3×
/// pgbench p99; P2 hand-off p99 as a multiple of pgbench p99; P4 ≤ 8 KiB per idle point and the
/// whole country within 24 GiB.
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
}
