using System.Globalization;
using System.Text;
using Network.Bench.Benchmarks;

namespace Network.Bench.Results;

/// <summary>
/// <c>bench floor</c>'s result: Orleans' own cost per operation beside issue 15's CPU budgets, which
/// follow from the pgbench yardstick of the same run: on <see cref="MachineInfo.Processors"/> cores,
/// an intake rate of <c>k ×</c> pgbench's TPS leaves <c>cores × 1000 / (k × TPS)</c> ms of CPU per
/// intake for everything (silo, gateway, clients and PostgreSQL together).
/// </summary>
public sealed record FloorReport(
    DateTimeOffset MeasuredAt,
    string CommandLine,
    MachineInfo Machine,
    string LoadBefore,
    string LoadAfter,
    PgBenchResult? Pgbench,
    IReadOnlyList<FloorPhase> Phases)
{
    /// <summary>Issue 15's grain-level target, as a share of pgbench's TPS.</summary>
    public const double GrainTarget = 0.8;

    /// <summary>Issue 15's HTTP target, as a share of pgbench's TPS.</summary>
    public const double HttpTarget = 0.5;

    /// <summary>CPU ms per intake, all processes together, that the grain-level target leaves; null without pgbench.</summary>
    public double? GrainBudgetMs => Budget(GrainTarget);

    /// <summary>CPU ms per intake, all processes together, that the HTTP target leaves; null without pgbench.</summary>
    public double? HttpBudgetMs => Budget(HttpTarget);

    /// <summary>PostgreSQL's CPU per pgbench transaction (server and pgbench), in ms; null without pgbench.</summary>
    public double? PgbenchCpuMsPerTransaction =>
        Pgbench is { Tps: > 0 } p ? Math.Round(p.Resources.PostgresCores / p.Tps * 1000, 4) : null;

    private double? Budget(double share) =>
        Pgbench is { Tps: > 0 } p ? Math.Round(Machine.Processors * 1000 / (share * p.Tps), 4) : null;

    public static string Describe(FloorReport r)
    {
        var text = new StringBuilder();
        if (r.Pgbench is { } p)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"pgbench -N {p.Tps:N0} TPS, {r.PgbenchCpuMsPerTransaction:0.###} ms of CPU per transaction (server and pgbench)");
            text.AppendLine(CultureInfo.InvariantCulture, $"budget per intake on {r.Machine.Processors} cores, everything together: {r.GrainBudgetMs:0.###} ms at {GrainTarget}× (grain level), {r.HttpBudgetMs:0.###} ms at {HttpTarget}× (HTTP)");
        }

        foreach (var phase in r.Phases)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{phase.Name,-40} {phase.Latency.OperationsPerSecond,10:N0} /s  {phase.CpuMsPerOperation,7:0.####} ms CPU/op  {phase.KbAllocatedPerOperation,6:0.##} KiB/op");
        }

        return text.ToString();
    }
}
