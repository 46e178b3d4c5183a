using Npgsql;

namespace Network.Bench.Benchmarks;

/// <summary>How much room a defined network takes in PostgreSQL: the database, the grain-state table, and its rows by grain type.</summary>
public sealed record StorageFootprint(long DatabaseBytes, long GrainStateTableBytes, IReadOnlyList<GrainStateRows> Rows)
{
    public static async Task<StorageFootprint> MeasureAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        long database, table;
        await using (var size = new NpgsqlCommand("SELECT pg_database_size(current_database()), pg_total_relation_size('orleansstorage')", connection))
        await using (var reader = await size.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            (database, table) = (reader.GetInt64(0), reader.GetInt64(1));
        }

        var rows = new List<GrainStateRows>();
        const string byType = """
            SELECT graintypestring, count(*), coalesce(sum(octet_length(payloadbinary)), 0)
            FROM orleansstorage GROUP BY graintypestring ORDER BY count(*) DESC
            """;
        await using (var query = new NpgsqlCommand(byType, connection))
        await using (var reader = await query.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var count = reader.GetInt64(1);
                var payload = reader.GetInt64(2);
                rows.Add(new GrainStateRows(reader.GetString(0), count, payload, count > 0 ? Math.Round((double)payload / count, 1) : 0));
            }
        }

        return new StorageFootprint(database, table, rows);
    }
}
