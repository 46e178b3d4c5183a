using Network.Bench.Generation;
using Network.Bench.Hosting;

namespace Network.Bench.Benchmarks;

/// <summary>P4 for every preset asked for, with each kind of grain storage asked for, one after another.</summary>
public static class MemoryPerPointRuns
{
    public static async Task<IReadOnlyList<MemoryResult>> RunAsync(
        IReadOnlyList<string> presets,
        IReadOnlyList<string> storages,
        ThrowawayPostgres? postgres,
        int parallelism,
        CancellationToken cancellationToken)
    {
        var results = new List<MemoryResult>();
        foreach (var preset in presets)
        {
            var shape = NetworkShape.Preset(preset);
            foreach (var storage in storages)
            {
                results.Add(storage switch
                {
                    MemoryResult.MemoryStorage => await MemoryPerPointBenchmark.RunAsync(preset, shape, parallelism, cancellationToken),
                    MemoryResult.PostgresStorage => await MemoryPerPointPostgresBenchmark.RunAsync(
                        postgres ?? throw new InvalidOperationException("P4 through PostgreSQL needs the bench's server."), preset, shape, parallelism, cancellationToken),
                    _ => throw new ArgumentException($"Unknown storage '{storage}' for P4; use {MemoryResult.MemoryStorage} or {MemoryResult.PostgresStorage}."),
                });
            }
        }

        return results;
    }

    /// <summary>The list of a <c>--memory-storage memory,postgres</c> option.</summary>
    public static IReadOnlyList<string> ParseStorages(string text)
    {
        var storages = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => s.ToLowerInvariant()).Distinct().ToArray();
        var unknown = storages.FirstOrDefault(s => s is not (MemoryResult.MemoryStorage or MemoryResult.PostgresStorage));
        return unknown is null
            ? storages
            : throw new ArgumentException($"Unknown storage '{unknown}' for P4; use {MemoryResult.MemoryStorage} or {MemoryResult.PostgresStorage}.");
    }
}
