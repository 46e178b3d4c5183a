using System.Text.Json;
using Network.Bench.Cli;
using Network.Bench.Measuring;
using Network.Bench.Reports;

namespace Network.Bench.Tests;

/// <summary>`bench reports --smoke`: a few thousand rows through the whole run, with every figure in the report.</summary>
public sealed class ReportsSmokeTests
{
    [Fact]
    public async Task A_smoke_province_year_is_loaded_with_an_intact_chain_scanned_and_exported_and_every_figure_is_reported()
    {
        ConsoleProgress.Enabled = false;
        var file = Path.Combine(Path.GetTempPath(), "network-bench-reports-" + Guid.NewGuid().ToString("N")[..8] + ".json");
        try
        {
            var options = ReportsOptions.From(new CommandLine(["reports", "--smoke", "--out", file]));
            var report = await ReportsRunner.RunAsync(options, "bench reports --smoke", CancellationToken.None);

            Assert.InRange(report.Generated.LedgerRows, 4_000, 9_000);
            Assert.True(report.Generated.ChainIntact);

            // The rollup rows the loader copied are exactly what the product's backfill counts from the stored cases.
            Assert.True(report.Generated.RollupsMatchRecount);
            Assert.Equal(12, report.Generated.LedgerActions.Count);
            Assert.Equal(2, report.Scans.Count);
            Assert.All(report.Scans, s => Assert.Equal(report.Generated.LedgerRows, s.Rows));
            Assert.All(report.Scans, s => Assert.Contains("Seq Scan", s.Plan, StringComparison.Ordinal));

            // Both reports read through the gateway (the statistics grain), counting the generated rollups.
            Assert.True(report.Generated.RollupRows > 0);
            foreach (var name in new[] { "city-month", "province-quarter" })
            {
                var read = Assert.Single(report.Statistics, s => s.Name == name);
                Assert.True(read.Latency.P99Ms > 0 && read.Latency.Errors == 0, name);
                Assert.True(read.Sample["received"] > 0, name);
                Assert.True(report.Targets.ReportP99RatioToScan[name] > 0, name);
            }

            // The CSV carries every matter of the city's year; the xlsx is the same register.
            var csv = Assert.Single(report.Exports, e => e.Format == "csv");
            var xlsx = Assert.Single(report.Exports, e => e.Format == "xlsx");
            Assert.Equal(report.CityMatters, csv.Rows);
            Assert.True(xlsx.Bytes > 0);
            Assert.All(report.Exports, e => Assert.True(e.Gateway.PeakBytes > 0 && e.Silo.PeakBytes > 0));

            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(file));
            Assert.True(json.RootElement.GetProperty("targets").GetProperty("yardstickScanSeconds").GetDouble() > 0);
            Assert.Equal(report.Generated.LedgerRows, json.RootElement.GetProperty("generated").GetProperty("ledgerRows").GetInt64());
        }
        finally
        {
            File.Delete(file);
        }
    }
}
