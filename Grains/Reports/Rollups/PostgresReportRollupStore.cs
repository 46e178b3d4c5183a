using System.Globalization;
using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace Network.Grains.Reports.Rollups;

/// <summary>
/// Rollup sums in PostgreSQL: one statement per query, an index range over the primary key's
/// (city, day) and the point range of the scope, grouped by the column asked for. Rows read are the
/// scope's city's rollup rows of the period, never the ledger.
/// </summary>
public sealed class PostgresReportRollupStore(NpgsqlDataSource dataSource) : IReportRollupStore
{
    public async Task<IReadOnlyList<RollupSum>> SumAsync(RollupQuery query, CancellationToken cancellationToken = default)
    {
        var group = query.By switch
        {
            RollupGrouping.Point => "point_code",
            RollupGrouping.Window => "window_id",
            RollupGrouping.Item => "item_id",
            RollupGrouping.Clerk => "clerk_id",
            RollupGrouping.Day => "to_char(day, 'YYYY-MM-DD')",
            _ => "''",
        };
        var sql = new StringBuilder($"SELECT {group}, figure, bucket, sum(n)::bigint FROM report_rollup WHERE city = $1 AND day >= $2 AND day <= $3");
        await using var command = dataSource.CreateCommand();
        var p = command.Parameters;
        p.AddWithValue(query.City);
        p.AddWithValue(NpgsqlDbType.Date, query.From);
        p.AddWithValue(NpgsqlDbType.Date, query.To);
        if (query.Scope.Subtree)
        {
            if (query.Scope.PointCode.Length > 6)
            {
                p.AddWithValue(query.Scope.PointCode);
                sql.Append(CultureInfo.InvariantCulture, $" AND point_code >= ${p.Count}");
                if (query.Scope.UpperBound is { } upper)
                {
                    p.AddWithValue(upper);
                    sql.Append(CultureInfo.InvariantCulture, $" AND point_code < ${p.Count}");
                }
            }
        }
        else
        {
            p.AddWithValue(query.Scope.PointCode);
            sql.Append(CultureInfo.InvariantCulture, $" AND point_code = ${p.Count}");
        }

        foreach (var (column, value) in new[] { ("window_id", query.WindowId), ("item_id", query.ItemId), ("clerk_id", query.ClerkId) })
        {
            if (value is not null)
            {
                p.AddWithValue(value);
                sql.Append(CultureInfo.InvariantCulture, $" AND {column} = ${p.Count}");
            }
        }

        if (query.Figures is { } figures)
        {
            p.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.Text, figures.ToArray());
            sql.Append(CultureInfo.InvariantCulture, $" AND figure = ANY(${p.Count})");
        }

        sql.Append(" GROUP BY 1, 2, 3 HAVING sum(n) <> 0");
        command.CommandText = sql.ToString();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var sums = new List<RollupSum>();
        while (await reader.ReadAsync(cancellationToken))
        {
            sums.Add(new RollupSum(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3)));
        }

        return sums;
    }
}
