using Network.Grains.Interfaces.Ledger;
using Network.Grains.Interfaces.Queries;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Matters;
using Npgsql;
using NpgsqlTypes;

namespace Network.Grains.Storage;

/// <summary>
/// Matters and their ledger in PostgreSQL. A change is atomic: the matter row is inserted
/// (version 0 → 1) or updated only if it still has the expected version, and each step's ledger
/// row is inserted with it; (receipt_number, sequence) is unique, so no step is recorded twice.
/// Changes are written by the <see cref="GroupCommitWriter"/>, many matters per transaction.
/// </summary>
public sealed class PostgresMatterStore(NpgsqlDataSource dataSource, GroupCommitWriter writer) : IMatterStore
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

    public Task CommitAsync(MatterCommit commit, CancellationToken cancellationToken = default) =>
        writer.CommitAsync(commit, cancellationToken);

    public async Task<IReadOnlyList<string>> FindDueForCheckAsync(string pointCode, DateOnly upTo, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT receipt_number FROM matter
            WHERE point_code = $1 AND status NOT IN ('Completed', 'Returned')
              AND (next_check_date IS NOT NULL OR due_provisional) AND (next_check_date <= $2 OR due_provisional)
            """);
        command.Parameters.AddWithValue(pointCode);
        command.Parameters.AddWithValue(upTo);
        return await ReadReceiptsAsync(command, cancellationToken);
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
        return await ReadReceiptsAsync(command, cancellationToken);
    }

    private static async Task<IReadOnlyList<string>> ReadReceiptsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
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
