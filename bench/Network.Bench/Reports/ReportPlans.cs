using Network.Grains.Interfaces.Statistics;
using Network.Grains.Queries.Search;
using Network.Grains.Reports.Rollups;
using Network.Grains.Reports.Statistics;
using Npgsql;

namespace Network.Bench.Reports;

/// <summary>
/// <c>EXPLAIN (ANALYZE, BUFFERS)</c> of the statements a city-month and a city-quarter report run
/// (the statistics grain's three sums: the period by point, the period before by point, the
/// period's flow by day), exactly as <see cref="PostgresReportRollupStore.Prepare"/> and
/// <see cref="ClosedFlowDays"/> write them, and, for comparison, the same sums over the daily rollup
/// (<c>report_rollup</c>) alone and the chart from the points' days.
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
        // The generated year is over: every day of it is closed (as for any report of a past period).
        var lastClosed = ClosedFlowDays.LastClosed(new DateOnly(year + 1, 1, 1).AddDays(ClosedFlowDays.ClosedAfterDays));
        foreach (var (name, period, day) in new[] { ("city-month", StatisticsPeriod.Month, new DateOnly(year, 5, 15)), ("city-quarter", StatisticsPeriod.Quarter, new DateOnly(year, 5, 15)) })
        {
            var (from, to) = StatisticsPeriods.Containing(period, day);
            var (previousFrom, previousTo) = StatisticsPeriods.Before(period, from);
            var scope = new PointScope(city, Subtree: true);
            foreach (var (part, query) in new[]
            {
                ("period by point", new RollupQuery(scope, from, to, RollupGrouping.PointBelow)),
                ("period before by point", new RollupQuery(scope, previousFrom, previousTo, RollupGrouping.PointBelow)),
                ("flow by day, from the points' days", new RollupQuery(scope, from, to, RollupGrouping.Day) { Figures = Flow, SumBuckets = true }),
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

            // What the product runs for the chart (ClosedFlowDays): the first report of a closed
            // period sums its days once (executed here: EXPLAIN ANALYZE runs the INSERT), every
            // later one reads the sums.
            var chart = new RollupQuery(scope, from, to, RollupGrouping.Day) { Figures = Flow, SumBuckets = true };
            var materialize = ClosedFlowDays.Materialize(chart, lastClosed)!;
            var first = await ExplainAsync(dataSource, materialize, cancellationToken);
            results.Add(new Result($"{name}, flow by day: first report sums the closed days", "report_rollup_flow_day", first.Ms, 0, first.Plan));
            var read = await ExplainAsync(dataSource, ClosedFlowDays.Read(chart, lastClosed), cancellationToken);
            results.Add(new Result($"{name}, flow by day: later reports", "report_rollup_flow_day", read.Ms, 0, read.Plan));
        }

        return results;
    }

    private static async Task<(double Ms, string Plan)> ExplainAsync(NpgsqlDataSource dataSource, NpgsqlBatchCommand statement, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand();
        foreach (NpgsqlParameter parameter in statement.Parameters)
        {
            command.Parameters.Add(parameter.Clone());
        }

        return await ExplainAsync(command, statement.CommandText, cancellationToken);
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
