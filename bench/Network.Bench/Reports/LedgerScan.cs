using System.Diagnostics;
using Npgsql;

namespace Network.Bench.Reports;

/// <summary>
/// The yardstick: one full sequential scan of the ledger that reads every row and its change set
/// (detoasted), as a report computed from the ledger per request would have to. Index scans are
/// off for the session so the planner cannot answer from an index.
/// </summary>
public static class LedgerScan
{
    public const string Sql = "SELECT count(*), sum(octet_length(changes::text)) FROM case_ledger";

    public sealed record Result(double Seconds, long Rows, long ChangeBytes, string Plan);

    public static async Task<Result> RunAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var off = new NpgsqlCommand("SET enable_indexscan = off; SET enable_indexonlyscan = off; SET enable_bitmapscan = off", connection))
        {
            await off.ExecuteNonQueryAsync(cancellationToken);
        }

        var plan = new List<string>();
        await using (var explain = new NpgsqlCommand("EXPLAIN " + Sql, connection))
        await using (var reader = await explain.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                plan.Add(reader.GetString(0).Trim());
            }
        }

        var watch = Stopwatch.StartNew();
        await using var scan = new NpgsqlCommand(Sql, connection) { CommandTimeout = 0 };
        await using var result = await scan.ExecuteReaderAsync(cancellationToken);
        await result.ReadAsync(cancellationToken);
        var rows = result.GetInt64(0);
        var bytes = result.IsDBNull(1) ? 0 : Convert.ToInt64(result.GetValue(1), System.Globalization.CultureInfo.InvariantCulture);
        return new Result(Math.Round(watch.Elapsed.TotalSeconds, 3), rows, bytes, string.Join(" | ", plan));
    }
}
