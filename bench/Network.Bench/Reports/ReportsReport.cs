using Network.Bench.Results;

namespace Network.Bench.Reports;

/// <summary>What <c>bench reports</c> measured (bench/results/reports.json).</summary>
public sealed record ReportsReport(
    DateTimeOffset Started,
    string Command,
    MachineInfo Machine,
    ReportsReport.Data Generated,
    IReadOnlyList<ReportsReport.Phase> Phases,
    IReadOnlyList<LedgerScan.Result> Scans,
    IReadOnlyList<StatisticsLatency.Result> Statistics,
    IReadOnlyList<RegisterExportBenchmark.Result> Exports,
    ReportsReport.Verdict Targets,
    IReadOnlyList<string> LoadAverages,
    IReadOnlyList<string> Notes)
{
    /// <summary>The city whose year's register is exported, and its matters taken in that year (the CSV must have as many lines).</summary>
    public string? ExportCity { get; init; }

    public long CityMatters { get; init; }

    /// <summary>EXPLAIN ANALYZE of the report statements on the loaded data (<see cref="ReportPlans"/>).</summary>
    public IReadOnlyList<ReportPlans.Result> Plans { get; init; } = [];

    /// <summary>The generated province-year: network, matters, ledger rows and the space they take.</summary>
    public sealed record Data(
        int Cities,
        int Townships,
        int Villages,
        int Year,
        int WorkingDays,
        long Matters,
        long LedgerRows,
        long RollupRows,
        long CaseRecordBytes,
        long CaseLedgerBytes,
        long RollupBytes,
        long DatabaseBytes,
        IReadOnlyDictionary<string, long> LedgerActions)
    {
        /// <summary>Average sizes of a change set and a case state, as text and as stored (TOAST, lz4).</summary>
        public string? Stored { get; init; }

        /// <summary>Whether every ledger row's hash was verified (<c>LedgerChainVerifier</c>); null when not checked.</summary>
        public bool? ChainIntact { get; init; }

        /// <summary>Whether the copied rollup rows equal the backfill's recount of the stored cases (<see cref="RollupRecount"/>); null when not checked.</summary>
        public bool? RollupsMatchRecount { get; init; }
    }

    /// <summary>How long a step of the run took (load, indexes, rollups backfill, cluster start).</summary>
    public sealed record Phase(string Name, double Seconds, string? Detail);

    /// <summary>
    /// The targets: each report's p99 ≤ 1 s and ≤ 0.05 × the ledger scan (the faster scan
    /// is the yardstick); the exports' memory flat (peak growth of each process under
    /// <see cref="FlatMemoryLimitBytes"/> whatever the rows).
    /// </summary>
    public sealed record Verdict(
        double YardstickScanSeconds,
        IReadOnlyDictionary<string, double> ReportP99RatioToScan,
        bool ReportsMet,
        bool ExportMemoryFlat,
        bool? Met)
    {
        public const long FlatMemoryLimitBytes = 256L << 20;
    }
}
