using Npgsql;

namespace Network.Grains.Consultations;

/// <summary>The first-inquiry tally on PostgreSQL: one grouped query over both kinds.</summary>
public sealed class PostgresFirstInquiryQueries(NpgsqlDataSource dataSource) : IFirstInquiryQueries
{
    public async Task<IReadOnlyList<(string ClerkId, int Consultations, int TurnedIntoMatters, int MattersTakenInFirst)>> TallyAsync(
        string pointCode, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT clerk, sum(consultations)::int, sum(turned)::int, sum(matters)::int FROM (
                SELECT handler_id AS clerk, 1 AS consultations, (status = 'TurnedIntoMatter')::int AS turned, 0 AS matters
                FROM case_record WHERE kind = 'consultation' AND point_code = $1 AND opened_at >= $2 AND opened_at < $3
                UNION ALL
                SELECT state->>'firstClerkId', 0, 0, 1
                FROM case_record WHERE kind = 'matter' AND point_code = $1 AND opened_at >= $2 AND opened_at < $3
                  AND state->>'fromConsultation' IS NULL
            ) counted
            WHERE clerk IS NOT NULL
            GROUP BY clerk ORDER BY clerk
            """);
        command.Parameters.AddWithValue(pointCode);
        command.Parameters.AddWithValue(from.ToUniversalTime());
        command.Parameters.AddWithValue(to.ToUniversalTime());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<(string, int, int, int)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3)));
        }

        return rows;
    }
}
