using Network.Grains.Interfaces.Rectifications;
using Network.Grains.Interfaces.Ratings;
using Network.Grains.Rectifications;
using Npgsql;

namespace Network.Grains.Ratings.Queries;

/// <summary>The read side of ratings on PostgreSQL: <c>case_record</c> of kinds <c>rating</c> and <c>rectification</c>.</summary>
public sealed class PostgresRatingQueries(NpgsqlDataSource dataSource, RatingJson json) : IRatingQueries
{
    public async Task<IReadOnlyList<RatingTally>> TallyAsync(RatingTallyQuery query, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT point_code, (opened_at AT TIME ZONE 'Asia/Shanghai')::date AS day, status, count(*)::int
            FROM case_record
            WHERE kind = $1 AND starts_with(point_code, $2) AND opened_at >= $3 AND opened_at < $4
            GROUP BY 1, 2, 3
            """);
        command.Parameters.AddWithValue(RatingRepository.CaseKind);
        command.Parameters.AddWithValue(query.PointCode);
        command.Parameters.AddWithValue(RatingTallies.StartOf(query.From).ToUniversalTime());
        command.Parameters.AddWithValue(RatingTallies.StartOf(query.To.AddDays(1)).ToUniversalTime());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<(string, DateOnly, string, int)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetString(0), reader.GetFieldValue<DateOnly>(1), reader.GetString(2), reader.GetInt32(3)));
        }

        return RatingTallies.Fold(rows);
    }

    public async Task<IReadOnlyList<RectificationState>> ListRectificationsAsync(RectificationQuery query, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT state::text FROM case_record
            WHERE kind = $1 AND starts_with(point_code, $2) AND (NOT $3 OR is_open)
            ORDER BY opened_at DESC LIMIT $4
            """);
        command.Parameters.AddWithValue(RectificationRepository.CaseKind);
        command.Parameters.AddWithValue(query.PointCode);
        command.Parameters.AddWithValue(query.OpenOnly);
        command.Parameters.AddWithValue(query.Limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<RectificationState>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(json.Rectification(reader.GetString(0)));
        }

        return rows;
    }
}
