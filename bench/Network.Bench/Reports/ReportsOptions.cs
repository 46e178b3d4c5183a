using Network.Bench.Cli;
using Network.Bench.Generation;

namespace Network.Bench.Reports;

/// <summary>The options of <c>bench reports</c>.</summary>
public sealed record ReportsOptions(ProvinceYearShape Shape, int Workers, string OutputFile, int StatisticsReads, bool Smoke, bool Export, bool VerifyChain)
{
    /// <summary><c>--data-dir</c>: the folder the throwaway server's folder goes in (deleted at the end); the temporary folder when not given.</summary>
    public string? DataDirectory { get; init; }

    /// <summary><c>--scans</c>: how many times the yardstick scan runs (the fastest counts); 2 unless given.</summary>
    public int Scans { get; init; } = 2;

    public static ReportsOptions From(CommandLine line)
    {
        var smoke = line.Has("smoke");
        var shape = smoke ? ProvinceYearShape.Smoke : ProvinceYearShape.Full;
        var network = new NetworkShape(
            line.Int("cities", shape.Network.Cities),
            line.Double("townships-per-city", shape.Network.TownshipsPerCity),
            line.Double("villages-per-township", shape.Network.VillagesPerTownship));
        network.Validate();
        var ledgerRows = long.Parse(line.Text("ledger-rows") ?? shape.LedgerRows.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
        return new ReportsOptions(
            new ProvinceYearShape(network, line.Int("year", shape.Year), ledgerRows),
            line.Int("workers", 2),
            line.Text("out") ?? Path.Combine("bench", "results", "reports.json"),
            line.Int("reads", smoke ? 20 : 200),
            smoke,
            !line.Has("no-export"),
            smoke || line.Has("verify-chain"))
        {
            DataDirectory = line.Text("data-dir"),
            Scans = line.Int("scans", 2),
        };
    }
}
