using Npgsql;
using NpgsqlTypes;

namespace Network.Grains.Oversight;

/// <summary>The read side of the oversight kinds on PostgreSQL (<c>case_record</c>).</summary>
public sealed class PostgresOversightQueries(NpgsqlDataSource dataSource) : IOversightQueries
{
    public async Task<IReadOnlyList<string>> FindDueForCheckAsync(string kind, string pointCode, DateOnly upTo, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT case_id FROM case_record
            WHERE kind = $1 AND point_code = $2 AND is_open AND next_check_date IS NOT NULL AND next_check_date <= $3
            """);
        command.Parameters.AddWithValue(kind);
        command.Parameters.AddWithValue(pointCode);
        command.Parameters.AddWithValue(upTo);
        return await ReadStringsAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> ListStatesAsync(string kind, OversightFilter filter, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT state::text FROM case_record
            WHERE kind = $1
              AND ($2::text IS NULL OR point_code = $2) AND ($3::text IS NULL OR current_point_code = $3)
              AND ($4::text IS NULL OR handler_id = $4) AND ($5::text IS NULL OR window_id = $5)
              AND (NOT $6 OR is_open)
              AND ($7::timestamptz IS NULL OR opened_at >= $7) AND ($8::timestamptz IS NULL OR opened_at <= $8)
            ORDER BY opened_at DESC LIMIT $9
            """);
        command.Parameters.AddWithValue(kind);
        command.Parameters.AddWithValue(NpgsqlDbType.Text, (object?)filter.PointCode ?? DBNull.Value);
        command.Parameters.AddWithValue(NpgsqlDbType.Text, (object?)filter.CurrentPointCode ?? DBNull.Value);
        command.Parameters.AddWithValue(NpgsqlDbType.Text, (object?)filter.HandlerId ?? DBNull.Value);
        command.Parameters.AddWithValue(NpgsqlDbType.Text, (object?)filter.WindowId ?? DBNull.Value);
        command.Parameters.AddWithValue(filter.OpenOnly);
        command.Parameters.AddWithValue(NpgsqlDbType.TimestampTz, (object?)filter.From?.ToUniversalTime() ?? DBNull.Value);
        command.Parameters.AddWithValue(NpgsqlDbType.TimestampTz, (object?)filter.To?.ToUniversalTime() ?? DBNull.Value);
        command.Parameters.AddWithValue(filter.Limit);
        return await ReadStringsAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, int>> CountOpenedSinceAsync(string kind, string cityCode, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT point_code, count(*) FROM case_record
            WHERE kind = $1 AND left(point_code, 6) = $2 AND opened_at >= $3
            GROUP BY point_code
            """);
        command.Parameters.AddWithValue(kind);
        command.Parameters.AddWithValue(cityCode);
        command.Parameters.AddWithValue(since.ToUniversalTime());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[reader.GetString(0)] = (int)reader.GetInt64(1);
        }

        return counts;
    }

    private static async Task<IReadOnlyList<string>> ReadStringsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
