using Network.Grains.Cases.Storage;
using Network.Grains.Interfaces.Ledger;
using Network.Grains.Interfaces.Queries;
using Network.Grains.Matters;
using Npgsql;
using NpgsqlTypes;

namespace Network.Grains.Queries;

/// <summary>The read side of matters on PostgreSQL: <c>case_record</c> and <c>case_ledger</c> of kind <c>matter</c>.</summary>
public sealed class PostgresMatterQueries(NpgsqlDataSource dataSource, MatterJson json) : IMatterQueries
{
    private const string Kind = MatterRepository.CaseKind;

    public async Task<IReadOnlyList<string>> FindDueForCheckAsync(string pointCode, DateOnly upTo, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT case_id FROM case_record
            WHERE kind = $1 AND point_code = $2 AND is_open
              AND (next_check_date IS NOT NULL OR due_provisional) AND (next_check_date <= $3 OR due_provisional)
            """);
        command.Parameters.AddWithValue(Kind);
        command.Parameters.AddWithValue(pointCode);
        command.Parameters.AddWithValue(upTo);
        return await ReadIdsAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> FindOpenAsync(string pointCode, string windowId, string handlerClerkId, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT case_id FROM case_record
            WHERE kind = $1 AND point_code = $2 AND window_id = $3 AND handler_id = $4 AND is_open
            ORDER BY opened_at
            """);
        command.Parameters.AddWithValue(Kind);
        command.Parameters.AddWithValue(pointCode);
        command.Parameters.AddWithValue(windowId);
        command.Parameters.AddWithValue(handlerClerkId);
        return await ReadIdsAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<MatterSummary>> ListAsync(MatterQuery query, CancellationToken cancellationToken = default)
    {
        var pointColumn = query.HeldAtPoint ? "current_point_code" : "point_code";
        await using var command = dataSource.CreateCommand(
            $"""
            SELECT state::text FROM case_record
            WHERE kind = $1 AND {pointColumn} = $2 AND ($3::text IS NULL OR window_id = $3) AND ($4::text IS NULL OR status = $4)
              AND (NOT $5 OR is_open)
            ORDER BY opened_at DESC LIMIT $6
            """);
        command.Parameters.AddWithValue(Kind);
        command.Parameters.AddWithValue(query.PointCode);
        command.Parameters.AddWithValue(NpgsqlDbType.Text, (object?)query.WindowId ?? DBNull.Value);
        command.Parameters.AddWithValue(NpgsqlDbType.Text, (object?)query.Status?.ToString() ?? DBNull.Value);
        command.Parameters.AddWithValue(query.OpenOnly);
        command.Parameters.AddWithValue(query.Limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<MatterSummary>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(json.Deserialize(reader.GetString(0)).ToSummary());
        }

        return rows;
    }

    public async Task<(int Accepted, int Closed)> CountSinceAsync(string pointCode, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        // Closed today = steps that left the case closed while the step before had left it open:
        // the closing statuses are read from the case's own rows (is_open), never listed here.
        await using var command = dataSource.CreateCommand(
            """
            SELECT count(*) FILTER (WHERE l.sequence = 1),
                   count(*) FILTER (WHERE NOT r.is_open AND l.status_after = r.status AND l.status_before IS DISTINCT FROM l.status_after)
            FROM case_ledger l JOIN case_record r ON r.kind = l.kind AND r.case_id = l.case_id
            WHERE l.kind = $1 AND l.point_code = $2 AND l.occurred_at >= $3
            """);
        command.Parameters.AddWithValue(Kind);
        command.Parameters.AddWithValue(pointCode);
        command.Parameters.AddWithValue(since.ToUniversalTime());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return ((int)reader.GetInt64(0), (int)reader.GetInt64(1));
    }

    public async Task<IReadOnlyList<LedgerEntry>> ReadPointLedgerAsync(LedgerQuery query, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            $$"""
            SELECT {{CaseLedgerColumns.Step}} FROM case_ledger
            WHERE kind = $1 AND point_code = $2 AND ($3::timestamptz IS NULL OR occurred_at >= $3) AND ($4::timestamptz IS NULL OR occurred_at <= $4)
            ORDER BY occurred_at DESC, id DESC LIMIT $5
            """);
        command.Parameters.AddWithValue(Kind);
        command.Parameters.AddWithValue(query.PointCode);
        command.Parameters.AddWithValue(NpgsqlDbType.TimestampTz, (object?)query.From?.ToUniversalTime() ?? DBNull.Value);
        command.Parameters.AddWithValue(NpgsqlDbType.TimestampTz, (object?)query.To?.ToUniversalTime() ?? DBNull.Value);
        command.Parameters.AddWithValue(query.Limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<LedgerEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(MatterRepository.ToEntry(CaseLedgerColumns.Read(reader)));
        }

        return rows;
    }

    private static async Task<IReadOnlyList<string>> ReadIdsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }
}
