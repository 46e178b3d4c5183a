using Network.Grains.Interfaces.Statistics;
using Network.Grains.Queries.Search;
using Network.Grains.Reports.Rollups;
using Network.Grains.Reports.Statistics;
using Npgsql;

namespace Network.Bench.Reports;

/// <summary>
/// <c>EXPLAIN (ANALYZE, BUFFERS)</c> of the statements a city-month and a city-quarter report run
/// (the statistics grain's three sums: the period by point, the period before by point, the
/// period's flow by day), exactly as <see cref="PostgresReportRollupStore.Prepare"/> writes them,
/// and, for comparison, the same sums over the daily rollup (<c>report_rollup</c>) alone.
/// </summary>
public static class ReportPlans
{
    /// <summary>The statistics grain's daily flow: received, completed, returned.</summary>
    private static readonly string[] Flow = [RollupFigures.Received, RollupFigures.Completed, RollupFigures.Returned];

    /// <param name="Name">e.g. <c>city-month, period by point</c>.</param>
    /// <param name="Table">The table the product reads.</param>
    /// <param name="ExecutionMs">The plan's execution time reading that table.</param>
    /// <param name="DailyOnlyMs">The same sum over the daily rollup alone.</param>
    /// <param name="Plan">The product's plan.</param>
    public sealed record Result(string Name, string Table, double ExecutionMs, double DailyOnlyMs, string Plan);

    public static async Task<IReadOnlyList<Result>> ExplainAsync(string connectionString, string city, int year, CancellationToken cancellationToken)
    {
        var results = new List<Result>();
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        foreach (var (name, period, day) in new[] { ("city-month", StatisticsPeriod.Month, new DateOnly(year, 5, 15)), ("city-quarter", StatisticsPeriod.Quarter, new DateOnly(year, 5, 15)) })
        {
            var (from, to) = StatisticsPeriods.Containing(period, day);
            var (previousFrom, previousTo) = StatisticsPeriods.Before(period, from);
            var scope = new PointScope(city, Subtree: true);
            foreach (var (part, query) in new[]
            {
                ("period by point", new RollupQuery(scope, from, to, RollupGrouping.Point)),
                ("period before by point", new RollupQuery(scope, previousFrom, previousTo, RollupGrouping.Point)),
                ("flow by day", new RollupQuery(scope, from, to, RollupGrouping.Day) { Figures = Flow }),
            })
            {
                await using var command = dataSource.CreateCommand();
                PostgresReportRollupStore.Prepare(command, query);
                var (table, column) = PostgresReportRollupStore.Source(query);
                var sql = command.CommandText;
                var product = await ExplainAsync(command, sql, cancellationToken);
                var daily = await ExplainAsync(command, sql.Replace($"FROM {table} WHERE city = $1 AND {column} >= $2 AND {column} <= $3", "FROM report_rollup WHERE city = $1 AND day >= $2 AND day <= $3", StringComparison.Ordinal), cancellationToken);
                results.Add(new Result($"{name}, {part}", table, product.Ms, daily.Ms, product.Plan));
            }
        }

        return results;
    }

    private static async Task<(double Ms, string Plan)> ExplainAsync(NpgsqlCommand command, string sql, CancellationToken cancellationToken)
    {
        command.CommandText = "EXPLAIN (ANALYZE, BUFFERS) " + sql;
        command.CommandTimeout = 0;
        var lines = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                lines.Add(reader.GetString(0));
            }
        }

        var execution = lines.Last(l => l.StartsWith("Execution Time:", StringComparison.Ordinal));
        var ms = double.Parse(execution["Execution Time:".Length..].Replace("ms", string.Empty, StringComparison.Ordinal).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        return (ms, string.Join('\n', lines));
    }
}
