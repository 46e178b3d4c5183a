using Network.Bench.Benchmarks;
using Network.Bench.Hosting;
using Network.Bench.Results;

namespace Network.Bench.Cli;

/// <summary>
/// <c>bench memory</c>: P4 alone (no yardstick, no intake), for long runs such as the whole
/// country: each preset with each storage asked for, then a JSON report and a summary.
/// </summary>
public static class MemoryCommand
{
    public static async Task<int> RunAsync(CommandLine line, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var presets = (line.Text("presets") ?? "province").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var storages = MemoryPerPointRuns.ParseStorages(line.Text("storage") ?? $"{MemoryResult.MemoryStorage},{MemoryResult.PostgresStorage}");
        var output = line.Text("out") ?? Path.Combine("bench", "results", "p4.json");
        var started = DateTimeOffset.Now;
        IReadOnlyList<MemoryResult> results;
        await using (var postgres = storages.Contains(MemoryResult.PostgresStorage) ? await ThrowawayPostgres.StartAsync(cancellationToken) : null)
        {
            results = await MemoryPerPointRuns.RunAsync(presets, storages, postgres, line.Int("parallelism", 64), cancellationToken);
        }

        await WriteReportAsync(results, started, args, output, cancellationToken);
        return 0;
    }

    /// <summary>The P4 report as JSON at <paramref name="output"/>, and each result's summary line.</summary>
    internal static async Task WriteReportAsync(IReadOnlyList<MemoryResult> results, DateTimeOffset started, IReadOnlyList<string> args, string output, CancellationToken cancellationToken)
    {
        var report = new MemoryReport(started, "bench " + string.Join(' ', args), MachineInfo.Current(), results, Targets.P4Of(results));
        var full = Path.GetFullPath(output);
        await ReportWriter.WriteJsonAsync(report, Path.GetDirectoryName(full)!, Path.GetFileName(full), cancellationToken);
        foreach (var m in results)
        {
            Summary.PrintMemory(m);
        }

        Console.WriteLine($"Wrote {output}");
    }
}
