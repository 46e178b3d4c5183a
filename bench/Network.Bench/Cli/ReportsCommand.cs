using Network.Bench.Reports;

namespace Network.Bench.Cli;

/// <summary><c>bench reports</c>: issue 11's province-year (see <see cref="ReportsRunner"/>); writes bench/results/reports.json.</summary>
public static class ReportsCommand
{
    public static async Task<int> RunAsync(CommandLine line, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var options = ReportsOptions.From(line);
        var report = await ReportsRunner.RunAsync(options, "bench " + string.Join(' ', args), cancellationToken);
        Console.WriteLine();
        Console.WriteLine($"{report.Generated.Matters:N0} matters, {report.Generated.LedgerRows:N0} ledger rows, database {report.Generated.DatabaseBytes / (1 << 20):N0} MiB");
        foreach (var scan in report.Scans)
        {
            Console.WriteLine($"ledger scan            {scan.Seconds,10:N2} s");
        }

        foreach (var s in report.Statistics)
        {
            Console.WriteLine($"{s.Name,-22} p50 {s.Latency.P50Ms,8:N2} ms  p99 {s.Latency.P99Ms,8:N2} ms  = {report.Targets.ReportP99RatioToScan[s.Name]:0.####} × scan");
        }

        foreach (var e in report.Exports)
        {
            Console.WriteLine($"export {e.Format,-5} {e.Rows,12:N0} rows {e.RowsPerSecond,10:N0} rows/s  gateway +{e.Gateway.GrowthBytes / (1 << 20):N0} MiB (peak {e.Gateway.PeakBytes / (1 << 20):N0})  silo +{e.Silo.GrowthBytes / (1 << 20):N0} MiB (peak {e.Silo.PeakBytes / (1 << 20):N0})");
        }

        Console.WriteLine($"Wrote {options.OutputFile}");
        return 0;
    }
}
