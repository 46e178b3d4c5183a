using System.Collections.Concurrent;
using Network.Bench.Hosting;
using Network.Bench.Measuring;
using Npgsql;

namespace Network.Bench.Benchmarks;

/// <summary>
/// Durable intake straight through the grains (no HTTP): callers in the silo's process call
/// <c>IMatterGrain.Accept</c>, and a call returns only once the matter and its ledger rows are
/// committed in PostgreSQL. One run of promised matters with all materials (P1), one of the
/// realistic mix.
/// </summary>
public static class IntakeBenchmark
{
    public static Task<IntakeRun> RunPromisedAsync(BenchSilo silo, IntakeWorkload workload, string? connectionString, int? postmasterPid, int callers, TimeSpan duration, CancellationToken cancellationToken) =>
        RunAsync("promised, all materials", silo, workload, connectionString, postmasterPid, callers, duration, _ => MatterMix.Kind.Promised, cancellationToken);

    public static Task<IntakeRun> RunMixAsync(BenchSilo silo, IntakeWorkload workload, string? connectionString, int? postmasterPid, int callers, TimeSpan duration, CancellationToken cancellationToken) =>
        RunAsync("realistic mix", silo, workload, connectionString, postmasterPid, callers, duration, MatterMix.Pick, cancellationToken);

    /// <summary>Activates points, catalogs, windows and the store's connections before anything is timed.</summary>
    public static Task WarmUpAsync(BenchSilo silo, IntakeWorkload workload, int callers, TimeSpan duration, CancellationToken cancellationToken) =>
        TimedLoad.RunAsync(
            "intake warm-up",
            callers,
            duration,
            TimeSpan.Zero,
            async (caller, n) =>
            {
                await workload.TakeInAsync(silo.Grains, MatterMix.Pick(n * callers + caller), n * callers + caller);
                return null;
            },
            cancellationToken);

    private static async Task<IntakeRun> RunAsync(
        string name,
        BenchSilo silo,
        IntakeWorkload workload,
        string? connectionString,
        int? postmasterPid,
        int callers,
        TimeSpan duration,
        Func<long, MatterMix.Kind> kindOf,
        CancellationToken cancellationToken)
    {
        var kinds = new ConcurrentDictionary<MatterMix.Kind, long>();
        var (mattersBefore, ledgerBefore) = await CountRowsAsync(connectionString, cancellationToken);
        var meter = ResourceSample.Start(postmasterPid);
        var latency = await TimedLoad.RunAsync(
            $"intake: {name}, {callers} callers",
            callers,
            duration,
            TimeSpan.Zero,
            async (caller, sequence) =>
            {
                var n = (sequence * callers) + caller;
                var kind = kindOf(n);
                await workload.TakeInAsync(silo.Grains, kind, n);
                kinds.AddOrUpdate(kind, 1, (_, c) => c + 1);
                return null;
            },
            cancellationToken);
        var resources = meter.Stop();
        var (mattersAfter, ledgerAfter) = await CountRowsAsync(connectionString, cancellationToken);
        return new IntakeRun(
            name,
            latency,
            mattersAfter - mattersBefore,
            ledgerAfter - ledgerBefore,
            kinds.OrderBy(k => k.Key).ToDictionary(k => k.Key.ToString(), k => k.Value),
            resources);
    }

    internal static async Task<(long Matters, long Ledger)> CountRowsAsync(string? connectionString, CancellationToken cancellationToken)
    {
        if (connectionString is null)
        {
            return (0, 0);
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT (SELECT count(*) FROM matter), (SELECT count(*) FROM ledger)", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt64(0), reader.GetInt64(1));
    }
}
