using Network.Bench.Benchmarks;
using Network.Bench.Generation;
using Network.Bench.Hosting;

namespace Network.Bench.Cli;

/// <summary>
/// <c>bench country --storage postgres</c>: P4 from PostgreSQL at the whole country's size. A
/// throwaway PostgreSQL server; the preset's points defined in bulk straight into its grain-state
/// table (<see cref="Loading.BulkPointDefiner"/>); a fresh silo process activates every point from
/// there and measures its heap and working set per point and the CPU of itself and PostgreSQL;
/// then the server is stopped and its data folder removed, also when the run fails or is cancelled.
/// </summary>
public static class CountryCommand
{
    public const string Name = "country";

    public static async Task<int> RunAsync(CommandLine line, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var storage = line.Text("storage", MemoryResult.PostgresStorage).ToLowerInvariant();
        if (storage != MemoryResult.PostgresStorage)
        {
            throw new ArgumentException($"bench country measures activation from PostgreSQL only (--storage {MemoryResult.PostgresStorage}); memory storage is `bench memory --storage {MemoryResult.MemoryStorage}`.");
        }

        var preset = line.Text("preset", "country");
        var shape = NetworkShape.Preset(preset);
        var output = line.Text("out") ?? Path.Combine("bench", "results", $"{preset}-p4-postgres-bulk.json");
        var started = DateTimeOffset.Now;
        MemoryResult result;
        string dataFolder;
        await using (var postgres = await ThrowawayPostgres.StartAsync(cancellationToken))
        {
            dataFolder = postgres.Server.RootDirectory;
            Console.WriteLine($"PostgreSQL data folder (removed at the end): {dataFolder}");
            result = await MemoryPerPointPostgresBenchmark.RunAsync(postgres, preset, shape, line.Int("parallelism", 64), cancellationToken, PointDefinition.Bulk);
        }

        await MemoryCommand.WriteReportAsync([result], started, args, output, cancellationToken);
        if (Directory.Exists(dataFolder))
        {
            Console.Error.WriteLine($"The data folder {dataFolder} is still there.");
            return 1;
        }

        Console.WriteLine($"Removed the data folder {dataFolder}.");
        return 0;
    }
}
