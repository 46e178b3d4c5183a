using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Network.Bench.Cli;
using Network.Bench.Generation;
using Network.Bench.Hosting;
using Network.Bench.Loading;
using Network.Bench.Measuring;
using Network.Bench.Results;
using Network.Database;
using Npgsql;

namespace Network.Bench.Benchmarks;

/// <summary>
/// P4 through PostgreSQL, as a deployment lives it: a silo in this process defines the whole
/// network on a fresh database of the bench's server (every point, registration and catalog
/// written through the ADO.NET grain storage), and stops. Then a fresh silo process of this build
/// (<see cref="MemoryActivateCommand"/>) on the same database activates every point, each loading
/// its state from PostgreSQL, and measures its own heap and working set before and after; nothing
/// of the definition is in its memory.
/// </summary>
public static class MemoryPerPointPostgresBenchmark
{
    /// <summary>Idle activations of the defining silo are collected after this long, so a country does not pile up.</summary>
    private static readonly TimeSpan DefineCollectionAge = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan ActivateTimeout = TimeSpan.FromMinutes(60);

    public static async Task<MemoryResult> RunAsync(
        ThrowawayPostgres postgres,
        string preset,
        NetworkShape shape,
        int parallelism,
        CancellationToken cancellationToken,
        PointDefinition definition = PointDefinition.GrainCalls)
    {
        var load = LoadAverage.Now();
        var connectionString = await CreateDatabaseAsync(postgres, preset, cancellationToken);
        var defineWatch = Stopwatch.StartNew();
        if (definition == PointDefinition.Bulk)
        {
            await BulkDefineAsync(connectionString, preset, shape, parallelism, cancellationToken);
        }
        else
        {
            await using var silo = await BenchSilo.StartAsync(connectionString, collectIdleAfter: DefineCollectionAge, cancellationToken: cancellationToken);
            await ProgressNetworkLoader.LoadAsync(silo.Grains, NetworkGenerator.Generate(shape), shape.Points, $"define {preset} network on PostgreSQL", parallelism, cancellationToken);
        }

        var defineSeconds = defineWatch.Elapsed.TotalSeconds;
        // What the defining silo held is garbage now; give it back before the fresh silo measures.
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        await VacuumAsync(connectionString, cancellationToken);
        var footprint = await StorageFootprint.MeasureAsync(connectionString, cancellationToken);

        var figures = await ActivateInFreshProcessAsync(connectionString, postgres.PostmasterPid, preset, parallelism, cancellationToken);
        return MemoryResult.From(preset, shape.Points, defineSeconds, figures) with
        {
            Storage = MemoryResult.PostgresStorage,
            ActivatedIn = "a fresh silo process on the same database",
            DefinedBy = definition == PointDefinition.Bulk ? MemoryResult.DefinedInBulk : MemoryResult.DefinedByGrainCalls,
            Database = footprint,
            LoadAverageBefore = load,
            LoadAverageAfter = LoadAverage.Now(),
        };
    }

    /// <summary>
    /// The points written straight into grain storage by a silo of this build on the database
    /// (<see cref="BulkPointDefiner"/>). Its commits do not wait for the disk while it loads
    /// (<c>synchronous_commit = off</c> for this database, as a bulk load may; a crash would lose
    /// the last moments of a throwaway load, never consistency); reset before anything is measured.
    /// </summary>
    private static async Task BulkDefineAsync(string connectionString, string preset, NetworkShape shape, int parallelism, CancellationToken cancellationToken)
    {
        await SetSynchronousCommitAsync(connectionString, off: true, cancellationToken);
        try
        {
            await using var silo = await BenchSilo.StartAsync(connectionString, cancellationToken: cancellationToken);
            await BulkPointDefiner.DefineAsync(
                silo.Services,
                NetworkGenerator.Generate(shape),
                NetworkGenerator.Codes(shape).Select(p => p.Code),
                shape.Points,
                $"define {preset} points in bulk into PostgreSQL grain storage",
                parallelism,
                cancellationToken);
        }
        finally
        {
            await SetSynchronousCommitAsync(connectionString, off: false, CancellationToken.None);
        }
    }

    private static async Task SetSynchronousCommitAsync(string connectionString, bool off, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var database = connection.Database;
        await using var set = new NpgsqlCommand(
            off ? $"ALTER DATABASE \"{database}\" SET synchronous_commit = off" : $"ALTER DATABASE \"{database}\" RESET synchronous_commit", connection);
        await set.ExecuteNonQueryAsync(cancellationToken);
        // Pooled connections keep the setting they were opened with.
        NpgsqlConnection.ClearAllPools();
    }

    private static async Task<ActivationFigures> ActivateInFreshProcessAsync(string connectionString, int postmasterPid, string preset, int parallelism, CancellationToken cancellationToken)
    {
        var resultFile = Path.Combine(Path.GetTempPath(), $"network-bench-p4-{Guid.NewGuid():N}.json");
        try
        {
            await using var child = ChildProcess.Start(
                ChildProcess.BuiltDll(Path.Combine("bench", "Network.Bench"), "Network.Bench"),
                MemoryActivateCommand.Arguments(connectionString, preset, parallelism, postmasterPid, resultFile),
                new Dictionary<string, string>(),
                echo: ConsoleProgress.Enabled ? line => Console.WriteLine("  [fresh silo] " + line) : null);
            var exit = await child.WaitForExitAsync(ActivateTimeout, cancellationToken);
            if (exit != 0 || !File.Exists(resultFile))
            {
                throw new InvalidOperationException($"The fresh silo process failed (exit code {exit}):\n{child.Tail}");
            }

            await using var json = File.OpenRead(resultFile);
            return await JsonSerializer.DeserializeAsync<ActivationFigures>(json, ReportWriter.Options, cancellationToken)
                ?? throw new InvalidOperationException("The fresh silo process wrote no figures.");
        }
        finally
        {
            File.Delete(resultFile);
        }
    }

    private static async Task<string> CreateDatabaseAsync(ThrowawayPostgres postgres, string preset, CancellationToken cancellationToken)
    {
        var database = $"p4_{preset.ToLowerInvariant()}_{Guid.NewGuid().ToString("N")[..8]}";
        await using (var connection = new NpgsqlConnection(postgres.Server.ConnectionStringFor("postgres")))
        {
            await connection.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var connectionString = postgres.Server.ConnectionStringFor(database);
        await DatabaseMigrator.MigrateAsync(connectionString, NullLogger.Instance, cancellationToken);
        return connectionString;
    }

    /// <summary>
    /// What autovacuum does some time after a bulk load (the parents' rows were rewritten once per
    /// child): without it the first reads would also be setting hint bits and skipping dead rows.
    /// </summary>
    private static async Task VacuumAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var vacuum = new NpgsqlCommand("VACUUM (ANALYZE) orleansstorage", connection) { CommandTimeout = 0 };
        await vacuum.ExecuteNonQueryAsync(cancellationToken);
    }
}
