using Network.Bench.Benchmarks;
using Network.Bench.Live;
using Network.Bench.Results;

namespace Network.Bench.Cli;

/// <summary><c>bench live</c>: only P3 and P5 (see <see cref="LiveBenchRunner"/>); writes <c>live.json</c> in <c>--out</c>.</summary>
public static class LiveCommand
{
    public static async Task<int> RunAsync(CommandLine line, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var options = BenchOptions.From(line);
        var parts = LiveBenchRunner.Parts(line.Text("parts", "p5,p3"));
        var report = await LiveBenchRunner.RunAsync(options, parts, Math.Max(1, line.Int("repeat", 1)), "bench " + string.Join(' ', args), cancellationToken);
        var file = await ReportWriter.WriteJsonAsync(report, options.OutputFolder, "live.json", cancellationToken);
        Console.WriteLine();
        Console.WriteLine($"Load average {report.LoadAverageBefore} before, {report.LoadAverageAfter} after");
        if (report.P5 is { } p5)
        {
            Console.WriteLine(LiveReport.Describe(p5));
        }

        foreach (var run in report.P3)
        {
            Console.WriteLine(LiveReport.Describe(run));
        }

        Console.WriteLine($"Wrote {file}");
        return 0;
    }
}
