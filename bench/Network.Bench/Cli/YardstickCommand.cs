using Network.Bench.Benchmarks;
using Network.Bench.Results;

namespace Network.Bench.Cli;

/// <summary><c>bench yardstick</c>: only pgbench, repeated (see <see cref="PgBenchRepeat"/>); writes <c>yardstick.json</c> in <c>--out</c>.</summary>
public static class YardstickCommand
{
    public const string Name = "yardstick";

    public static async Task<int> RunAsync(CommandLine line, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var options = PgBenchRepeatOptions.From(line);
        var report = await PgBenchRepeat.RunAsync(options, "bench " + string.Join(' ', args), cancellationToken);
        var file = await ReportWriter.WriteJsonAsync(report, options.OutputFolder, "yardstick.json", cancellationToken);
        Console.WriteLine($"Wrote {file}");
        return 0;
    }
}
