using Npgsql;

namespace Network.Grains.Reports.Rollups;

/// <summary>
/// Folds <c>report_rollup_inbox</c> (130) into the rollups: under one advisory lock (every silo's
/// <see cref="RollupFolder"/> and every reader of the rollups take it, so they run one at a time), a
/// transaction takes the oldest inbox rows, adds their facts summed per key to the three rollup tables
/// and deletes them (<see cref="RollupSql.Fold"/>). A row is folded exactly once: it leaves the inbox
/// in the transaction that counts it, so a fold that does not commit (a crash, an error) leaves it
/// there for the next. Committed without waiting for its WAL flush: a fold lost to a crash is lost
/// whole, its rows back in the inbox, and every later commit that waits for its flush flushes the fold
/// before it too.
/// </summary>
public static class RollupFold
{
    /// <summary>The advisory lock of the fold (ASCII "rollfold").</summary>
    public const long LockKey = 0x726F6C6C666F6C64;

    /// <summary>Inbox rows (one a group commit) a fold takes at most.</summary>
    public const int BatchSize = 512;

    /// <summary>One fold of at most <paramref name="batchSize"/> inbox rows, in its own transaction.</summary>
    public static async Task<FoldResult> OnceAsync(NpgsqlDataSource dataSource, int batchSize = BatchSize, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("SET LOCAL synchronous_commit = off"),
                new NpgsqlBatchCommand($"SELECT pg_advisory_xact_lock({LockKey})"),
                new NpgsqlBatchCommand(RollupSql.Fold) { Parameters = { new NpgsqlParameter<int> { TypedValue = batchSize } } },
            },
        };
        FoldResult result;
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            // The SET returns no result (the reader skips it): the lock's, then the fold's.
            await reader.NextResultAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            result = new FoldResult(reader.GetInt32(0), reader.GetDouble(1));
        }

        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>
    /// Folds until a fold finds fewer rows than a batch: every inbox row committed before this call
    /// is counted in the rollups when it returns (what a reader needs to read its writes).
    /// <paramref name="folded"/> hears of each fold that took rows.
    /// </summary>
    public static async Task<int> AllAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken = default, Action<FoldResult>? folded = null)
    {
        var total = 0;
        while (true)
        {
            var fold = await OnceAsync(dataSource, BatchSize, cancellationToken);
            total += fold.Rows;
            if (fold.Rows > 0)
            {
                folded?.Invoke(fold);
            }

            if (fold.Rows < BatchSize)
            {
                return total;
            }
        }
    }
}
