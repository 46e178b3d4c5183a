using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using Network.Bench.Generation;
using Network.Bench.Hosting;
using Network.Bench.Http;
using Network.Bench.Measuring;
using Network.Bench.Results;
using Network.Grains.Interfaces.Network;
using Network.Grains.Network;
using Network.Grains.PersonalData;
using Npgsql;

namespace Network.Bench.Reports;

/// <summary>
/// <c>bench reports</c> (issue 11, "fast at scale"), in one run on a throwaway PostgreSQL server:
/// generate a province-year straight into the case tables and the report rollups (<see cref="BulkLoader"/>),
/// build the indexes, then measure the
/// yardstick (a full sequential scan of the ledger, twice), the city-month and province-quarter
/// reports, and a city-year register exported as CSV and .xlsx through the real silo and gateway
/// processes. The report file is rewritten after every step, so a run stopped early keeps what it
/// measured. The server, and with it the database, is deleted at the end.
/// </summary>
public static class ReportsRunner
{
    public static async Task<ReportsReport> RunAsync(ReportsOptions options, string command, CancellationToken cancellationToken)
    {
        var shape = options.Shape;
        var phases = new List<ReportsReport.Phase>();
        var scans = new List<LedgerScan.Result>();
        var statistics = new List<StatisticsLatency.Result>();
        var exports = new List<RegisterExportBenchmark.Result>();
        var loads = new List<string>();
        var notes = new List<string>();
        var started = DateTimeOffset.Now;
        ReportsReport.Data data = new(shape.Network.Cities, shape.Network.Townships, shape.Network.Villages, shape.Year, 0, 0, 0, 0, 0, 0, 0, 0, new Dictionary<string, long>());

        string? exportCity = null;
        IReadOnlyList<ReportPlans.Result> plans = [];
        long cityMatters = 0;
        ReportsReport Report() => new(started, command, MachineInfo.Current(), data, phases, scans, statistics, exports, Verdict(scans, statistics, exports), loads, notes)
        {
            ExportCity = exportCity,
            CityMatters = cityMatters,
            Plans = plans,
        };

        async Task SaveAsync()
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.OutputFile))!);
            await File.WriteAllTextAsync(options.OutputFile, JsonSerializer.Serialize(Report(), ReportWriter.Options), cancellationToken);
        }

        void Load(string when) => loads.Add($"{DateTimeOffset.UtcNow:HH:mm:ss}Z {when}: {LoadAverage.Now()}");

        async Task<T> PhaseAsync<T>(string name, Func<Task<T>> run, Func<T, string?>? detail = null)
        {
            Console.WriteLine($"[{DateTimeOffset.UtcNow:HH:mm:ss}] {name} …");
            var watch = Stopwatch.StartNew();
            var result = await run();
            phases.Add(new ReportsReport.Phase(name, Math.Round(watch.Elapsed.TotalSeconds, 1), detail?.Invoke(result)));
            Console.WriteLine($"[{DateTimeOffset.UtcNow:HH:mm:ss}] {name}: {watch.Elapsed.TotalSeconds:F1} s {detail?.Invoke(result)}");
            await SaveAsync();
            return result;
        }

        Load("start");
        await using var postgres = await PhaseAsync("start a throwaway PostgreSQL server", () => ThrowawayPostgres.StartAsync(cancellationToken, options.DataDirectory));
        var connectionString = await PhaseAsync("create and migrate the database", () => CreateDatabaseAsync(postgres, cancellationToken));
        var dropped = await PhaseAsync("drop the case tables' secondary indexes", () => BulkLoader.DropSecondaryIndexesAsync(connectionString, cancellationToken), d => string.Join(", ", d));

        var key = RandomNumberGenerator.GetBytes(PersonalDataKeys.KeyBytes);
        var protector = new PersonalDataProtector([key]);
        var generator = new ProvinceYearGenerator(shape, protector);
        Load("before the load");
        var loaded = await PhaseAsync(
            $"generate and COPY the province-year ({options.Workers} workers)",
            async () =>
            {
                using var progress = new ConsoleProgress("load", shape.LedgerRows, "ledger rows");
                return await BulkLoader.LoadAsync(generator, connectionString, options.Workers, p => progress.Set(p.LedgerRows), cancellationToken);
            },
            p => $"{p.Matters:N0} matters, {p.LedgerRows:N0} ledger rows, {p.RollupRows:N0} rollup rows");
        phases[^1] = phases[^1] with { Detail = $"{phases[^1].Detail}; {loaded.LedgerRows / phases[^1].Seconds:N0} ledger rows/s" };
        Load("after the load");
        await PhaseAsync(
            "build the indexes (the migrator), VACUUM ANALYZE the rollups, ANALYZE the case tables",
            async () =>
            {
                await BulkLoader.RebuildIndexesAsync(connectionString, cancellationToken);
                return await PendingAsync(connectionString, cancellationToken);
            },
            pending => $"{pending:N0} cases pending for the rollups' backfill");

        data = await DescribeAsync(connectionString, shape, generator.WorkingDaysInYear, cancellationToken);
        await SaveAsync();
        if (options.VerifyChain)
        {
            var chain = await PhaseAsync("verify the ledger's hash chain (dbtool verify-ledger's verifier)", () => Network.Database.LedgerChainVerifier.VerifyAsync(connectionString, cancellationToken), r => $"{r.Cases:N0} cases, {r.Rows:N0} rows, {r.Broken.Count} broken");
            var recount = await PhaseAsync("recount the rollups from the stored cases (the silo's RollupBackfill) and compare with the copied rows", () => RollupRecount.RunAsync(connectionString, new Network.Grains.Matters.MatterJson(protector), cancellationToken), r => $"{r.Copied:N0} copied, {r.Recounted:N0} recounted, {r.Differing:N0} differing");
            data = data with { ChainIntact = chain.Intact, RollupsMatchRecount = recount.Match };
        }

        Load("explain");
        plans = await PhaseAsync(
            "EXPLAIN ANALYZE the report statements of a city-month and a city-quarter",
            () => ReportPlans.ExplainAsync(connectionString, generator.Cities[0], shape.Year, cancellationToken),
            r => string.Join("; ", r.Select(p => $"{p.Name}: {p.ExecutionMs:N1} ms from {p.Table} ({p.DailyOnlyMs:N1} ms from report_rollup)")));

        for (var i = 0; i < options.Scans; i++)
        {
            Load($"scan {i + 1}");
            scans.Add(await PhaseAsync($"full sequential scan of the ledger ({i + 1})", () => LedgerScan.RunAsync(connectionString, cancellationToken), s => $"{s.Rows:N0} rows, {s.ChangeBytes / (1 << 20):N0} MiB of change sets"));
        }

        var city = generator.Cities[0];
        exportCity = city;
        cityMatters = await CountYearAsync(connectionString, city, shape.Year, cancellationToken);
        await using (var cluster = await PhaseAsync(
            "start the silo and gateway processes (the silo defines the network)",
            () => StartClusterAsync(postgres, connectionString, generator.Network, generator.Cities, key, cancellationToken)))
        using (var client = new GatewayClient(cluster.Address, HttpCluster.DemoPassword))
        {
            data = await DescribeAsync(connectionString, shape, generator.WorkingDaysInYear, cancellationToken) with { ChainIntact = data.ChainIntact, RollupsMatchRecount = data.RollupsMatchRecount };
            await SaveAsync();

            Load("reports");
            statistics.Add(await PhaseAsync("city-month reports", () => StatisticsLatency.CityMonthAsync(client, generator.Cities, shape.Year, options.StatisticsReads, cancellationToken), r => $"p50 {r.Latency.P50Ms} ms, p99 {r.Latency.P99Ms} ms"));
            statistics.Add(await PhaseAsync("province-quarter reports", () => StatisticsLatency.ProvinceQuarterAsync(client, generator.Cities, shape.Year, Math.Max(4, options.StatisticsReads / 4), cancellationToken), r => $"p50 {r.Latency.P50Ms} ms, p99 {r.Latency.P99Ms} ms"));
            await SaveAsync();

            if (options.Export)
            {
                foreach (var format in new[] { "csv", "xlsx" })
                {
                    Load($"export {format}");
                    var result = await PhaseAsync($"export the register of city {city} for {shape.Year} as {format}", () => RegisterExportBenchmark.RunAsync(cluster, client, city, shape.Year, format, cancellationToken), r => $"{r.Bytes / (1 << 20):N0} MiB");
                    if (format == "xlsx" && exports.Count > 0)
                    {
                        // The same register as the CSV just counted: its rows.
                        result = result with { Rows = exports[0].Rows, RowsPerSecond = Math.Round(exports[0].Rows / result.Seconds, 1) };
                    }

                    exports.Add(result);
                    await SaveAsync();
                }
            }
        }

        Load("end");
        await SaveAsync();
        return Report();
    }

    private static ReportsReport.Verdict Verdict(IReadOnlyList<LedgerScan.Result> scans, IReadOnlyList<StatisticsLatency.Result> statistics, IReadOnlyList<RegisterExportBenchmark.Result> exports)
    {
        var yardstick = scans.Count == 0 ? 0 : scans.Min(s => s.Seconds);
        var ratios = statistics.ToDictionary(s => s.Name, s => yardstick > 0 ? Math.Round(s.Latency.P99Ms / 1000 / yardstick, 4) : 0);
        var reportsMet = statistics.Count > 0 && statistics.All(s => s.Latency.P99Ms <= 1000 && ratios[s.Name] <= 0.05 && s.Latency.Errors == 0);
        var flat = exports.Count > 0 && exports.All(e => e.Gateway.GrowthBytes < ReportsReport.Verdict.FlatMemoryLimitBytes && e.Silo.GrowthBytes < ReportsReport.Verdict.FlatMemoryLimitBytes);
        return new ReportsReport.Verdict(yardstick, ratios, reportsMet, flat, statistics.Count == 0 ? null : reportsMet && flat);
    }

    /// <summary>Matters taken in at <paramref name="city"/> and the points below it during <paramref name="year"/> (China days).</summary>
    private static async Task<long> CountYearAsync(string connectionString, string city, int year, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var count = new NpgsqlCommand(
            "SELECT count(*) FROM case_record WHERE kind = 'matter' AND point_code LIKE $1 AND opened_at >= $2 AND opened_at < $3",
            connection) { CommandTimeout = 0 };
        count.Parameters.AddWithValue(city + "%");
        count.Parameters.AddWithValue(new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime());
        count.Parameters.AddWithValue(new DateTimeOffset(year + 1, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime());
        return (long)(await count.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<string> CreateDatabaseAsync(ThrowawayPostgres postgres, CancellationToken cancellationToken)
    {
        var database = "reports_" + Guid.NewGuid().ToString("N")[..8];
        await using (var connection = new NpgsqlConnection(postgres.Server.ConnectionStringFor("postgres")))
        {
            await connection.OpenAsync(cancellationToken);
            // A bulk load's settings on the bench's own server: checkpoints far apart, memory for index builds.
            foreach (var sql in new[]
            {
                $"CREATE DATABASE {database}",
                "ALTER SYSTEM SET max_wal_size = '4GB'",
                "ALTER SYSTEM SET checkpoint_timeout = '30min'",
                "ALTER SYSTEM SET maintenance_work_mem = '1GB'",
                "SELECT pg_reload_conf()",
            })
            {
                await using var command = new NpgsqlCommand(sql, connection);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        var connectionString = postgres.Server.ConnectionStringFor(database);
        await Network.Database.DatabaseMigrator.MigrateAsync(connectionString, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, cancellationToken);
        return connectionString;
    }

    private static async Task<ReportsReport.Data> DescribeAsync(string connectionString, ProvinceYearShape shape, int workingDays, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var sizes = new NpgsqlCommand(
            """
            SELECT (SELECT count(*) FROM case_record WHERE kind = 'matter'),
                   (SELECT reltuples::bigint FROM pg_class WHERE oid = 'case_ledger'::regclass),
                   (SELECT count(*) FROM report_rollup),
                   pg_total_relation_size('case_record'), pg_total_relation_size('case_ledger'),
                   COALESCE(pg_total_relation_size(to_regclass('report_rollup')), 0), pg_database_size(current_database()),
                   (SELECT avg(octet_length(changes::text))::bigint FROM case_ledger),
                   (SELECT avg(pg_column_size(changes))::bigint FROM case_ledger),
                   (SELECT avg(octet_length(state::text))::bigint FROM case_record),
                   (SELECT avg(pg_column_size(state))::bigint FROM case_record),
                   pg_relation_size('case_ledger'), pg_relation_size('case_record')
            """,
            connection) { CommandTimeout = 0 };
        long matters, rows, rollups, caseBytes, ledgerBytes, rollupBytes, database;
        string stored;
        await using (var reader = await sizes.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            (matters, rows, rollups, caseBytes, ledgerBytes, rollupBytes, database) =
                (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6));
            stored = $"change set {reader.GetInt64(7)} B as text, {reader.GetInt64(8)} B stored; case state {reader.GetInt64(9)} B as text, {reader.GetInt64(10)} B stored; " +
                     $"tables without indexes: ledger {reader.GetInt64(11) >> 20} MiB, cases {reader.GetInt64(12) >> 20} MiB";
        }

        var actions = new Dictionary<string, long>();
        await using (var byAction = new NpgsqlCommand("SELECT action, count(*) FROM case_ledger GROUP BY action ORDER BY count(*) DESC", connection) { CommandTimeout = 0 })
        await using (var reader = await byAction.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                actions[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        return new ReportsReport.Data(shape.Network.Cities, shape.Network.Townships, shape.Network.Villages, shape.Year, workingDays, matters, actions.Values.Sum(), rollups, caseBytes, ledgerBytes, rollupBytes, database, actions) { Stored = stored };
    }

    private static async Task<long> PendingAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pending = new NpgsqlCommand("SELECT count(*) FROM report_rollup_pending", connection) { CommandTimeout = 0 };
        return (long)(await pending.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<HttpCluster> StartClusterAsync(ThrowawayPostgres postgres, string connectionString, NetworkFile network, IReadOnlyList<string> cities, byte[] key, CancellationToken cancellationToken)
    {
        var folder = postgres.Server.Options.RootDirectory;
        var siloFile = Path.Combine(folder, "reports-network.json");
        var gatewayFile = Path.Combine(folder, "reports-gateway-network.json");
        await NetworkFileWriter.WriteAsync(siloFile, network.Points, indented: false, cancellationToken: cancellationToken);
        // The gateway seeds accounts only for the cities (their directors read the reports); the silo knows every point.
        await NetworkFileWriter.WriteAsync(gatewayFile, network.Points.Where(p => cities.Contains(p.Code)), indented: false, cancellationToken: cancellationToken);
        return await HttpCluster.StartOnAsync(
            connectionString,
            siloFile,
            gatewayFile,
            cities[0],
            new Dictionary<string, string>
            {
                // The key the matters' personal data was sealed with, so the register can mask the applicants.
                ["Network__PersonalData__Key"] = Convert.ToBase64String(key),
                // The bench migrated the database; a silo start would run the scripts again over 20 million rows.
                ["Network__MigrateDatabase"] = "false",
            },
            TimeSpan.FromMinutes(10),
            cancellationToken);
    }
}
