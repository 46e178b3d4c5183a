using Network.Bench.Benchmarks;
using Network.Bench.Results;

namespace Network.Bench.Cli;

/// <summary><c>bench run</c>: measure, print a summary, write latest.json and latest.html.</summary>
public static class RunCommand
{
    public static async Task<int> RunAsync(CommandLine line, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var options = BenchOptions.From(line);
        var report = await BenchRunner.RunAsync(options, "bench " + string.Join(' ', args), cancellationToken);
        var (json, html) = await ReportWriter.WriteAsync(report, options.OutputFolder, cancellationToken);
        Summary.Print(report);
        Console.WriteLine($"Wrote {json} and {html}");
        return 0;
    }
}
