using Network.Bench.Measuring;

namespace Network.Bench.Benchmarks;

/// <summary>
/// What activating every point of a network cost the silo that did it: how many answered, how
/// long it took, its heap and working set before and after (<see cref="MemorySnapshot"/>), and
/// the CPU of the silo's process and of PostgreSQL meanwhile.
/// </summary>
public sealed record ActivationFigures(
    int PointsActivated,
    int ActivationsBefore,
    int ActivationsAfter,
    double ActivateSeconds,
    long ManagedBytesBefore,
    long ManagedBytesAfter,
    long WorkingSetBytesBefore,
    long WorkingSetBytesAfter,
    long CommittedBytesAtEnd,
    ResourceSample Resources)
{
    /// <summary>The PostgreSQL server's memory (<see cref="PostgresMemory"/>) with every point activated; null without a server.</summary>
    public long? PostgresBytesAtEnd { get; init; }
}
