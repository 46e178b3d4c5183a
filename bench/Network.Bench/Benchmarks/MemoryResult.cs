namespace Network.Bench.Benchmarks;

/// <summary>
/// What the activated idle points cost: the managed heap and the process working set before and
/// after activating every point, per point; and the whole process's committed heap at the end.
/// </summary>
public sealed record MemoryResult(
    string Preset,
    int Points,
    int PointsActivated,
    int ActivationsWhenIdle,
    int ActivationsAfter,
    double DefineSeconds,
    double ActivateSeconds,
    long ManagedBytesBefore,
    long ManagedBytesAfter,
    long WorkingSetBytesBefore,
    long WorkingSetBytesAfter,
    double ManagedBytesPerPoint,
    double WorkingSetBytesPerPoint,
    long CommittedBytesAtEnd)
{
    public const double TargetBytesPerPoint = 8 * 1024;

    public const int CountryPoints = 643_000;

    /// <summary>The heap the country's points would take at this cost per point, in GiB.</summary>
    public double ProjectedCountryGiB => Math.Round(ManagedBytesPerPoint * CountryPoints / (1L << 30), 2);

    public bool MeetsTarget => PointsActivated == Points && ManagedBytesPerPoint <= TargetBytesPerPoint;
}
