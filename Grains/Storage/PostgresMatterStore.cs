using Network.Grains.Interfaces.Ledger;
using Network.Grains.Interfaces.Queries;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Matters;
using Npgsql;
using NpgsqlTypes;

namespace Network.Grains.Storage;

/// <summary>
/// Matters and their ledger in PostgreSQL. A change is one transaction: the matter row is
/// inserted (version 0 → 1) or updated only if it still has the expected version, and each
/// step's ledger row is inserted; (receipt_number, sequence) is unique, so no step is recorded
/// twice. All statements of a commit travel in one batch, one round trip before the COMMIT.
/// </summary>
public sealed class PostgresMatterStore(NpgsqlDataSource dataSource) : IMatterStore
{
    public string Description
    {
        get
        {
            var b = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString);
            return $"PostgreSQL {b.Host}:{b.Port}/{b.Database}";
        }
    }

    public async Task<MatterState?> LoadAsync(string receiptNumber, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT state::text FROM matter WHERE receipt_number = $1");
        command.Parameters.AddWithValue(receiptNumber);
        return await command.ExecuteScalarAsync(cancellationToken) is string json ? MatterJson.Deserialize(json) : null;
    }

    public async Task CommitAsync(MatterCommit commit, CancellationToken cancellationToken = default)
    {
        var after = commit.After;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection, transaction);

        var upsert = commit.ExpectedVersion == 0
            ? new NpgsqlBatchCommand(
                """
                INSERT INTO matter (receipt_number, point_code, window_id, item_id, status, version, state, received_at, updated_at,
                                    current_point_code, handler_clerk_id)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
                ON CONFLICT (receipt_number) DO NOTHING
                """)
            : new NpgsqlBatchCommand(
                """
                UPDATE matter SET point_code = $2, window_id = $3, item_id = $4, status = $5, version = $6,
                                  state = $7, received_at = $8, updated_at = $9, current_point_code = $10, handler_clerk_id = $11
                WHERE receipt_number = $1 AND version = $12
                """);
        upsert.Parameters.AddWithValue(after.ReceiptNumber);
        upsert.Parameters.AddWithValue(after.PointCode);
        upsert.Parameters.AddWithValue(after.WindowId);
        upsert.Parameters.AddWithValue(after.ItemId);
        upsert.Parameters.AddWithValue(after.Status.ToString());
        upsert.Parameters.AddWithValue(after.Version);
        upsert.Parameters.AddWithValue(NpgsqlDbType.Jsonb, MatterJson.Serialize(after));
        upsert.Parameters.AddWithValue(after.ReceivedAt.ToUniversalTime());
        upsert.Parameters.AddWithValue(commit.Steps[^1].Entry.OccurredAt.ToUniversalTime());
        upsert.Parameters.AddWithValue(after.CurrentPointCode);
        upsert.Parameters.AddWithValue(after.HandlerClerkId);
        if (commit.ExpectedVersion != 0)
        {
            upsert.Parameters.AddWithValue(commit.ExpectedVersion);
        }

        batch.BatchCommands.Add(upsert);
        foreach (var (step, before) in commit.StepsWithBefore())
        {
            var e = step.Entry;
            var row = new NpgsqlBatchCommand(
                """
                INSERT INTO ledger (receipt_number, sequence, occurred_at, actor_id, point_code, window_id, action,
                                    status_before, status_after, detail, state_before, state_after)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
                """);
            row.Parameters.AddWithValue(e.ReceiptNumber);
            row.Parameters.AddWithValue(e.Sequence);
            row.Parameters.AddWithValue(e.OccurredAt.ToUniversalTime());
            row.Parameters.AddWithValue(e.ActorId);
            row.Parameters.AddWithValue(e.PointCode);
            row.Parameters.AddWithValue(NpgsqlDbType.Text, (object?)e.WindowId ?? DBNull.Value);
            row.Parameters.AddWithValue(e.Action);
            row.Parameters.AddWithValue(NpgsqlDbType.Text, (object?)e.StatusBefore?.ToString() ?? DBNull.Value);
            row.Parameters.AddWithValue(e.StatusAfter.ToString());
            row.Parameters.AddWithValue(NpgsqlDbType.Text, (object?)e.Detail ?? DBNull.Value);
            row.Parameters.AddWithValue(NpgsqlDbType.Jsonb, before is null ? DBNull.Value : MatterJson.Serialize(before));
            row.Parameters.AddWithValue(NpgsqlDbType.Jsonb, MatterJson.Serialize(step.After));
            batch.BatchCommands.Add(row);
        }

        try
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            throw new MatterVersionConflictException(after.ReceiptNumber, commit.ExpectedVersion);
        }

        if (upsert.RecordsAffected != 1)
        {
            throw new MatterVersionConflictException(after.ReceiptNumber, commit.ExpectedVersion);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> FindOpenAsync(string pointCode, string windowId, string handlerClerkId, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT receipt_number FROM matter
            WHERE point_code = $1 AND window_id = $2 AND handler_clerk_id = $3 AND status NOT IN ('Completed', 'Returned')
            ORDER BY received_at
            """);
        command.Parameters.AddWithValue(pointCode);
        command.Parameters.AddWithValue(windowId);
        command.Parameters.AddWithValue(handlerClerkId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var receipts = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            receipts.Add(reader.GetString(0));
        }

        return receipts;
    }

    public async Task<IReadOnlyList<LedgerEntry>> ReadLedgerAsync(string receiptNumber, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"SELECT {LedgerColumns} FROM ledger WHERE receipt_number = $1 ORDER BY sequence");
        command.Parameters.AddWithValue(receiptNumber);
        return await ReadLedgerRowsAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<LedgerEntry>> ReadPointLedgerAsync(LedgerQuery query, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            $"""
            SELECT {LedgerColumns} FROM ledger
            WHERE point_code = $1 AND ($2::timestamptz IS NULL OR occurred_at >= $2) AND ($3::timestamptz IS NULL OR occurred_at <= $3)
            ORDER BY occurred_at DESC, id DESC LIMIT $4
            """);
        command.Parameters.AddWithValue(query.PointCode);
        command.Parameters.AddWithValue(NpgsqlDbType.TimestampTz, (object?)query.From?.ToUniversalTime() ?? DBNull.Value);
        command.Parameters.AddWithValue(NpgsqlDbType.TimestampTz, (object?)query.To?.ToUniversalTime() ?? DBNull.Value);
        command.Parameters.AddWithValue(query.Limit);
        return await ReadLedgerRowsAsync(command, cancellationToken);
    }

    public async Task<(int Accepted, int Closed)> CountSinceAsync(string pointCode, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT count(*) FILTER (WHERE sequence = 1),
                   count(*) FILTER (WHERE status_after IN ('Completed', 'Returned') AND status_before IS DISTINCT FROM status_after)
            FROM ledger WHERE point_code = $1 AND occurred_at >= $2
            """);
        command.Parameters.AddWithValue(pointCode);
        command.Parameters.AddWithValue(since.ToUniversalTime());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return ((int)reader.GetInt64(0), (int)reader.GetInt64(1));
    }

    public async Task<IReadOnlyList<MatterSummary>> ListAsync(MatterQuery query, CancellationToken cancellationToken = default)
    {
        var pointColumn = query.HeldAtPoint ? "current_point_code" : "point_code";
        await using var command = dataSource.CreateCommand(
            $"""
            SELECT state::text FROM matter
            WHERE {pointColumn} = $1 AND ($2::text IS NULL OR window_id = $2) AND ($3::text IS NULL OR status = $3)
              AND (NOT $4 OR status NOT IN ('Completed', 'Returned'))
            ORDER BY received_at DESC LIMIT $5
            """);
        command.Parameters.AddWithValue(query.PointCode);
        command.Parameters.AddWithValue(NpgsqlDbType.Text, (object?)query.WindowId ?? DBNull.Value);
        command.Parameters.AddWithValue(NpgsqlDbType.Text, (object?)query.Status?.ToString() ?? DBNull.Value);
        command.Parameters.AddWithValue(query.OpenOnly);
        command.Parameters.AddWithValue(query.Limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<MatterSummary>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(MatterJson.Deserialize(reader.GetString(0)).ToSummary());
        }

        return rows;
    }

    private const string LedgerColumns =
        "receipt_number, sequence, occurred_at, actor_id, point_code, window_id, action, status_before, status_after, detail";

    private static async Task<IReadOnlyList<LedgerEntry>> ReadLedgerRowsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<LedgerEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new LedgerEntry(
                reader.GetString(0),
                reader.GetInt32(1),
                reader.GetFieldValue<DateTimeOffset>(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.GetString(6),
                reader.IsDBNull(7) ? null : Enum.Parse<MatterStatus>(reader.GetString(7)),
                Enum.Parse<MatterStatus>(reader.GetString(8)),
                reader.IsDBNull(9) ? null : reader.GetString(9)));
        }

        return rows;
    }
}
