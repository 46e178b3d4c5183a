using System.Globalization;
using System.Text.Json;
using Network.Bench.Benchmarks;
using Network.Bench.Hosting;
using Network.Bench.Results;

namespace Network.Bench.Cli;

/// <summary>
/// <c>bench memory-activate</c>: the fresh silo process of <see cref="MemoryPerPointPostgresBenchmark"/>.
/// Starts a silo on a database where the network is already defined, activates every point (each
/// reading its state from PostgreSQL), and writes its <see cref="ActivationFigures"/> to a file.
/// </summary>
public static class MemoryActivateCommand
{
    public const string Name = "memory-activate";

    public static IReadOnlyList<string> Arguments(string connectionString, string preset, int parallelism, int postmasterPid, string resultFile) =>
    [
        Name,
        "--postgres", connectionString,
        "--preset", preset,
        "--parallelism", parallelism.ToString(CultureInfo.InvariantCulture),
        "--postmaster-pid", postmasterPid.ToString(CultureInfo.InvariantCulture),
        "--result", resultFile,
    ];

    public static async Task<int> RunAsync(CommandLine line, CancellationToken cancellationToken)
    {
        var connectionString = line.Text("postgres") ?? throw new ArgumentException("--postgres CONNECTION is required.");
        var resultFile = line.Text("result") ?? throw new ArgumentException("--result FILE is required.");
        var (preset, shape) = ShapeOptions.From(line);
        var postmaster = line.Text("postmaster-pid") is null ? (int?)null : line.Int("postmaster-pid", 0);
        await using var silo = await BenchSilo.StartAsync(connectionString, keepIdleActivations: true, cancellationToken: cancellationToken);
        var figures = await MemoryActivation.ActivateAllAsync(
            silo.Grains, shape, $"activate {preset} points from PostgreSQL (GetProfile)", line.Int("parallelism", 64), postmaster, cancellationToken);
        await File.WriteAllTextAsync(resultFile, JsonSerializer.Serialize(figures, ReportWriter.Options), cancellationToken);
        if (line.Text("hold-seconds") is not null)
        {
            // Diagnostics: the activated silo stays up, e.g. for dotnet-gcdump or dotnet-counters.
            Console.WriteLine($"Holding the activated silo (pid {Environment.ProcessId}) for {line.Int("hold-seconds", 0)} s");
            await Task.Delay(TimeSpan.FromSeconds(line.Int("hold-seconds", 0)), cancellationToken);
        }

        return 0;
    }
}
