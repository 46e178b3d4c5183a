using Network.Bench.Measuring;

namespace Network.Bench.Benchmarks;

/// <summary>
/// P4 for one preset and one kind of grain storage: how long defining the network and activating
/// every point took, and what the activated idle points cost — the managed heap and the process
/// working set before and after activating every point, per point; the whole process's committed
/// heap and working set at the end. Through PostgreSQL, also the database's size and where the
/// activation's CPU went.
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
    public const string MemoryStorage = "memory";
    public const string PostgresStorage = "postgres";

    /// <summary>P4: at most 4 KiB of managed heap per activated idle point.</summary>
    public const double TargetBytesPerPoint = 4 * 1024;

    /// <summary>P4: the whole country activated from PostgreSQL within 120 s.</summary>
    public const double TargetCountryActivateSeconds = 120;

    public const int CountryPoints = 643_032;

    public const string DefinedByGrainCalls = "grain calls (Define, RegisterChild, catalogs)";

    public const string DefinedInBulk = "in bulk into grain storage (one provider write per point)";

    /// <summary><see cref="MemoryStorage"/> (the bench process's silo, memory grain storage) or <see cref="PostgresStorage"/>.</summary>
    public string Storage { get; init; } = MemoryStorage;

    /// <summary>Where the points were activated: the silo that defined them, or a fresh silo process on the same database.</summary>
    public string ActivatedIn { get; init; } = "the defining silo, after collecting every activation";

    /// <summary>How the network was put into PostgreSQL (PostgreSQL only; null with memory storage).</summary>
    public string? DefinedBy { get; init; }

    /// <summary>PostgreSQL's share of the CPU the silo and the server used while activating (PostgreSQL only).</summary>
    public double? PostgresCpuShare => Storage == PostgresStorage && ActivateResources is { } r && r.BenchProcessCores + r.PostgresCores > 0
        ? Math.Round(r.PostgresCores / (r.BenchProcessCores + r.PostgresCores), 3)
        : null;

    /// <summary>The PostgreSQL server's memory (Pss of its processes) with every point activated (PostgreSQL only).</summary>
    public long? PostgresBytesAtEnd { get; init; }

    /// <summary>PostgreSQL's share of the memory of the silo process and the server together, with every point activated.</summary>
    public double? PostgresMemoryShare => PostgresBytesAtEnd is { } pg && pg + WorkingSetBytesAfter > 0
        ? Math.Round((double)pg / (pg + WorkingSetBytesAfter), 3)
        : null;

    /// <summary>The database after the network was defined (PostgreSQL only).</summary>
    public StorageFootprint? Database { get; init; }

    /// <summary>CPU while activating: the silo's process (<c>benchProcessCores</c>), PostgreSQL, the rest of the machine.</summary>
    public ResourceSample? ActivateResources { get; init; }

    /// <summary><c>/proc/loadavg</c> when the preset's run began and ended (the machine is shared).</summary>
    public string? LoadAverageBefore { get; init; }

    public string? LoadAverageAfter { get; init; }

    /// <summary>The silo process's whole working set at the end over the points: what a silo holding them needs.</summary>
    public double WorkingSetBytesAtEndPerPoint => Points > 0 ? Math.Round((double)WorkingSetBytesAfter / Points, 1) : 0;

    /// <summary>Points activated per second.</summary>
    public double ActivationsPerSecond => ActivateSeconds > 0 ? Math.Round(PointsActivated / ActivateSeconds, 1) : 0;

    /// <summary>The heap the country's points would take at this cost per point, in GiB.</summary>
    public double ProjectedCountryGiB => Math.Round(ManagedBytesPerPoint * CountryPoints / (1L << 30), 2);

    /// <summary>The country's activation time at this preset's rate (the country's own when this is the country).</summary>
    public double ProjectedCountryActivateSeconds => Points > 0 ? Math.Round(ActivateSeconds * CountryPoints / Points, 1) : 0;

    public bool MeetsMemoryTarget => PointsActivated == Points && ManagedBytesPerPoint <= TargetBytesPerPoint;

    /// <summary>The time target, for activation from PostgreSQL only (null for memory storage).</summary>
    public bool? MeetsActivateTarget => Storage == PostgresStorage ? ProjectedCountryActivateSeconds <= TargetCountryActivateSeconds : null;

    public bool MeetsTarget => MeetsMemoryTarget && MeetsActivateTarget != false;

    public static MemoryResult From(string preset, int points, double defineSeconds, ActivationFigures a) => new(
        preset,
        points,
        a.PointsActivated,
        a.ActivationsBefore,
        a.ActivationsAfter,
        Math.Round(defineSeconds, 1),
        a.ActivateSeconds,
        a.ManagedBytesBefore,
        a.ManagedBytesAfter,
        a.WorkingSetBytesBefore,
        a.WorkingSetBytesAfter,
        Math.Round((double)(a.ManagedBytesAfter - a.ManagedBytesBefore) / points, 1),
        Math.Round((double)(a.WorkingSetBytesAfter - a.WorkingSetBytesBefore) / points, 1),
        a.CommittedBytesAtEnd)
    {
        ActivateResources = a.Resources,
        PostgresBytesAtEnd = a.PostgresBytesAtEnd,
    };
}
