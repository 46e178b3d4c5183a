using System.Globalization;
using System.Text;
using Npgsql;
using Microsoft.Extensions.DependencyInjection;
using Network.Grains.Interfaces.Time;
using NpgsqlTypes;

namespace Network.Grains.Reports.Rollups;

/// <summary>
/// Rollup sums in PostgreSQL: one statement per query, an index range over the primary key's
/// (city, day) — or (city, month), or (city, figure, day) of the coarser tables (<see cref="Source"/>) —
/// and the point range of the scope, grouped by the column asked for. Rows read are the scope's
/// city's rollup rows of the period, never the ledger. The daily chart's closed days are summed
/// once and read from there (<see cref="ClosedFlowDays"/>); <paramref name="time"/> is China's clock
/// that tells which days are closed. Every read first folds the inbox (<see cref="RollupFold.AllAsync"/>),
/// so a commit acknowledged before the read counts in it.
/// </summary>
public sealed class PostgresReportRollupStore(NpgsqlDataSource dataSource, [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider time) : IReportRollupStore
{
    public async Task<IReadOnlyList<RollupSum>> SumAsync(RollupQuery query, CancellationToken cancellationToken = default)
    {
        await RollupFold.AllAsync(dataSource, cancellationToken);
        if (ClosedFlowDays.Serves(query))
        {
            return await ClosedFlowAsync(query, cancellationToken);
        }

        await using var command = dataSource.CreateCommand();
        Prepare(command, query);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await SumsAsync(reader, cancellationToken);
    }

    /// <summary>The closed days summed if not yet, then the period read, in one round trip.</summary>
    private async Task<IReadOnlyList<RollupSum>> ClosedFlowAsync(RollupQuery query, CancellationToken cancellationToken)
    {
        var lastClosed = ClosedFlowDays.LastClosed(ChinaTime.Today(time));
        await using var batch = dataSource.CreateBatch();
        if (ClosedFlowDays.Materialize(query, lastClosed) is { } materialize)
        {
            batch.BatchCommands.Add(materialize);
        }

        batch.BatchCommands.Add(ClosedFlowDays.Read(query, lastClosed));
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        return await SumsAsync(reader, cancellationToken);
    }

    private static async Task<IReadOnlyList<RollupSum>> SumsAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        var sums = new List<RollupSum>();
        while (await reader.ReadAsync(cancellationToken))
        {
            sums.Add(new RollupSum(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3)));
        }

        return sums;
    }

    /// <summary>Sets <paramref name="command"/>'s text and parameters to the statement that sums <paramref name="query"/> (also what the bench explains).</summary>
    public static void Prepare(NpgsqlCommand command, RollupQuery query)
    {
        var group = query.By switch
        {
            RollupGrouping.Point => "point_code",
            RollupGrouping.PointBelow => string.Create(CultureInfo.InvariantCulture, $"CASE WHEN length(point_code) > {query.Scope.PointCode.Length} THEN left(point_code, {query.Scope.PointCode.Length + 3}) ELSE point_code END"),
            RollupGrouping.Window => "window_id",
            RollupGrouping.Item => "item_id",
            RollupGrouping.Clerk => "clerk_id",
            RollupGrouping.Day => "to_char(day, 'YYYY-MM-DD')",
            RollupGrouping.PointWindow => "point_code || '/' || window_id",
            RollupGrouping.PointClerk => "point_code || '/' || clerk_id",
            _ => "''",
        };
        var (table, dayColumn) = Source(query);
        var bucket = query.SumBuckets ? "''" : "bucket";
        var sql = new StringBuilder($"SELECT {group}, figure, {bucket}, sum(n)::bigint FROM {table} WHERE city = $1 AND {dayColumn} >= $2 AND {dayColumn} <= $3");
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

        sql.Append(query.SumBuckets ? " GROUP BY 1, 2 HAVING sum(n) <> 0" : " GROUP BY 1, 2, 3 HAVING sum(n) <> 0");
        command.CommandText = sql.ToString();
    }

    /// <summary>
    /// The table a query sums (126): whole months of a point or subtree, unfiltered and grouped by
    /// point or not at all, from the months at a point's level; some figures by day (or in one sum),
    /// unfiltered, from the days at a point's level, one index range per figure; anything else (a
    /// window, item or clerk, a part of a month) from the daily rollup. Each coarser row is the sum
    /// of the daily rows it covers, so every table gives the same answer.
    /// </summary>
    public static (string Table, string DayColumn) Source(RollupQuery query)
    {
        var unfiltered = query.WindowId is null && query.ItemId is null && query.ClerkId is null;
        var byPointOrNone = query.By is RollupGrouping.None or RollupGrouping.Point or RollupGrouping.PointBelow;
        if (unfiltered && byPointOrNone && query.From.Day == 1 && query.To.AddDays(1).Day == 1)
        {
            return ("report_rollup_point_month", "month");
        }

        if (unfiltered && query.Figures is not null && (byPointOrNone || query.By == RollupGrouping.Day))
        {
            return ("report_rollup_point_day", "day");
        }

        return ("report_rollup", "day");
    }
}
