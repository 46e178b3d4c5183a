using Npgsql;

namespace Network.Bench.Benchmarks;

/// <summary>
/// The server-wide counters PostgreSQL keeps of its own work (<c>pg_stat_wal</c>, <c>pg_stat_bgwriter</c>,
/// the autovacuum workers of <c>pg_stat_activity</c>): read before and after the yardstick's window,
/// their difference says whether a checkpoint, a burst of full-page images or autovacuum landed in it.
/// Counts, so they do not depend on the machine's load.
/// </summary>
public sealed record PgBenchServerWork(
    long WalRecords,
    long WalFullPageImages,
    long WalBytes,
    long WalBuffersFull,
    long Checkpoints,
    long BuffersWrittenByCheckpoints,
    long BuffersWrittenByBackgroundWriter,
    long BuffersWrittenByBackends,
    long BuffersAllocated,
    int AutovacuumWorkers)
{
    private const string Query = """
        SELECT w.wal_records, w.wal_fpi, w.wal_bytes::bigint, w.wal_buffers_full,
               b.checkpoints_timed + b.checkpoints_req, b.buffers_checkpoint, b.buffers_clean, b.buffers_backend, b.buffers_alloc,
               (SELECT count(*)::int FROM pg_stat_activity WHERE backend_type = 'autovacuum worker')
        FROM pg_stat_wal w, pg_stat_bgwriter b
        """;

    public static async Task<PgBenchServerWork> ReadAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(Query, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new PgBenchServerWork(
            reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4),
            reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7), reader.GetInt64(8), reader.GetInt32(9));
    }

    /// <summary>What happened between <paramref name="before"/> and this; the autovacuum workers are the larger of the two looks.</summary>
    public PgBenchServerWork Since(PgBenchServerWork before) => new(
        WalRecords - before.WalRecords,
        WalFullPageImages - before.WalFullPageImages,
        WalBytes - before.WalBytes,
        WalBuffersFull - before.WalBuffersFull,
        Checkpoints - before.Checkpoints,
        BuffersWrittenByCheckpoints - before.BuffersWrittenByCheckpoints,
        BuffersWrittenByBackgroundWriter - before.BuffersWrittenByBackgroundWriter,
        BuffersWrittenByBackends - before.BuffersWrittenByBackends,
        BuffersAllocated - before.BuffersAllocated,
        Math.Max(AutovacuumWorkers, before.AutovacuumWorkers));
}
