using Microsoft.Extensions.Logging.Abstractions;
using Network.Grains.Calendar;
using Network.Grains.Matters;
using Network.Grains.Reports.Rollups;
using Npgsql;

namespace Network.Bench.Reports;

/// <summary>
/// Checks the rollup rows the loader copied against the product's own count: sets them aside,
/// lists every case as pending and lets the rollups' backfill (<see cref="RollupBackfill"/>, with
/// the matter repository as its fact source, as the silo runs it) count the stored cases again,
/// then compares the tables row by row (the daily rollup and 126's two at a point's level) and keeps the recount.
/// </summary>
public static class RollupRecount
{
    /// <param name="Copied">Rollup rows the loader wrote.</param>
    /// <param name="Recounted">Rollup rows the backfill wrote (rows of 0 left out).</param>
    /// <param name="Differing">Rows in one table and not the other.</param>
    public sealed record Result(long Copied, long Recounted, long Differing)
    {
        public bool Match => Differing == 0 && Copied == Recounted;
    }

    public static async Task<Result> RunAsync(string connectionString, MatterJson json, CancellationToken cancellationToken)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await ExecuteAsync(
            dataSource,
            """
            DROP TABLE IF EXISTS report_rollup_copied, report_rollup_point_day_copied, report_rollup_point_month_copied;
            CREATE TABLE report_rollup_copied AS SELECT * FROM report_rollup;
            CREATE TABLE report_rollup_point_day_copied AS SELECT * FROM report_rollup_point_day;
            CREATE TABLE report_rollup_point_month_copied AS SELECT * FROM report_rollup_point_month;
            TRUNCATE report_rollup, report_rollup_point_day, report_rollup_point_month;
            INSERT INTO report_rollup_pending (kind, case_id) SELECT kind, case_id FROM case_record;
            """,
            cancellationToken);
        var matters = new MatterRepository(new CapturingCaseStore(), json, new WorkingDayCalendarProvider());
        await new RollupBackfill(dataSource, [matters], NullLogger<RollupBackfill>.Instance).RunAsync(cancellationToken);

        long copied = 0, recounted = 0, differing = 0;
        foreach (var table in new[] { "report_rollup", "report_rollup_point_day", "report_rollup_point_month" })
        {
            await using var compare = dataSource.CreateCommand(
                $"""
                SELECT (SELECT count(*) FROM {table}_copied),
                       (SELECT count(*) FROM {table} WHERE n <> 0),
                       (SELECT count(*) FROM ((SELECT * FROM {table}_copied EXCEPT ALL SELECT * FROM {table} WHERE n <> 0)
                                              UNION ALL
                                              (SELECT * FROM {table} WHERE n <> 0 EXCEPT ALL SELECT * FROM {table}_copied)) d)
                """);
            compare.CommandTimeout = 0;
            await using (var reader = await compare.ExecuteReaderAsync(cancellationToken))
            {
                await reader.ReadAsync(cancellationToken);
                copied += reader.GetInt64(0);
                recounted += reader.GetInt64(1);
                differing += reader.GetInt64(2);
            }

            await ExecuteAsync(dataSource, $"DROP TABLE {table}_copied", cancellationToken);
        }

        return new Result(copied, recounted, differing);
    }

    private static async Task ExecuteAsync(NpgsqlDataSource dataSource, string sql, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
