using Microsoft.Extensions.Logging.Abstractions;
using Network.Database;
using Network.Grains.Matters;
using Network.Grains.Reports.Rollups;
using Npgsql;
using NpgsqlTypes;

namespace Network.Bench.Reports;

/// <summary>
/// Loads a generated province-year into the product's own tables, <c>case_record</c> and
/// <c>case_ledger</c> (003 and later scripts), by PostgreSQL's binary COPY: one pair of COPY
/// streams per worker, each worker generating its own cities. Every ledger row carries its hash
/// (the chain trigger of 107 fires only for a row without one). As a bulk load does, the secondary
/// indexes of both tables are dropped first and built after, by running the migrator again (which
/// creates exactly the product's indexes); keys and unique constraints stay throughout.
/// </summary>
public static class BulkLoader
{
    private const string CaseCopy =
        "COPY case_record (kind, case_id, point_code, current_point_code, window_id, handler_id, status, is_open, version, state, opened_at, updated_at, next_check_date, due_provisional) FROM STDIN (FORMAT BINARY)";

    private const string LedgerCopy =
        "COPY case_ledger (kind, case_id, sequence, occurred_at, actor_id, point_code, window_id, action, status_before, status_after, detail, changes, hash) FROM STDIN (FORMAT BINARY)";

    private const string RollupCopy =
        "COPY report_rollup (city, day, point_code, window_id, item_id, clerk_id, figure, bucket, n) FROM STDIN (FORMAT BINARY)";

    private const string PointDayCopy =
        "COPY report_rollup_point_day (city, figure, day, point_code, bucket, n) FROM STDIN (FORMAT BINARY)";

    private const string PointMonthCopy =
        "COPY report_rollup_point_month (city, month, point_code, figure, bucket, n) FROM STDIN (FORMAT BINARY)";

    public sealed record Progress(long Matters, long LedgerRows, long RollupRows = 0);

    /// <summary>Drops the secondary (non-constraint) indexes of the case tables; returns their names.</summary>
    public static async Task<IReadOnlyList<string>> DropSecondaryIndexesAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var names = new List<string>();
        await using (var list = new NpgsqlCommand(
            """
            SELECT i.indexrelid::regclass::text
            FROM pg_index i
            WHERE i.indrelid IN ('case_record'::regclass, 'case_ledger'::regclass)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
            """,
            connection))
        await using (var reader = await list.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                names.Add(reader.GetString(0));
            }
        }

        foreach (var name in names)
        {
            await using var drop = new NpgsqlCommand($"DROP INDEX {name}", connection);
            await drop.ExecuteNonQueryAsync(cancellationToken);
        }

        return names;
    }

    /// <summary>
    /// Builds the indexes again (the migrator's scripts) and analyses the tables. The report rollups
    /// were copied with the cases (<see cref="LoadAsync"/>), and the pending list of 117 was created
    /// empty when the database was first migrated, so the silo's backfill has nothing to count.
    /// </summary>
    public static async Task RebuildIndexesAsync(string connectionString, CancellationToken cancellationToken)
    {
        // Building an index of 20 million rows takes minutes: no command timeout for the migrator here.
        var untimed = new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString;
        await using var connection = new NpgsqlConnection(untimed);
        await connection.OpenAsync(cancellationToken);
        await DatabaseMigrator.MigrateAsync(untimed, NullLogger.Instance, cancellationToken);
        // The rollups vacuumed (their visibility map set), the case tables analysed (a VACUUM would read them whole once more).
        await using var analyze = new NpgsqlCommand("VACUUM (ANALYZE) report_rollup, report_rollup_point_day, report_rollup_point_month; ANALYZE case_record, case_ledger", connection) { CommandTimeout = 0 };
        await analyze.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Generates and copies the whole year with <paramref name="workers"/> workers (cities dealt round-robin).</summary>
    public static async Task<Progress> LoadAsync(
        ProvinceYearGenerator generator, string connectionString, int workers, Action<Progress>? report, CancellationToken cancellationToken)
    {
        long matters = 0, rows = 0, rollupRows = 0;
        var cities = generator.Cities;
        workers = Math.Clamp(workers, 1, cities.Count);
        var tasks = Enumerable.Range(0, workers).Select(w => Task.Run(
            async () =>
            {
                var mine = cities.Where((_, i) => i % workers == w).ToArray();
                await using var caseConnection = new NpgsqlConnection(connectionString);
                await using var ledgerConnection = new NpgsqlConnection(connectionString);
                await using var rollupConnection = new NpgsqlConnection(connectionString);
                await caseConnection.OpenAsync(cancellationToken);
                await ledgerConnection.OpenAsync(cancellationToken);
                await rollupConnection.OpenAsync(cancellationToken);
                await using var cases = await caseConnection.BeginBinaryImportAsync(CaseCopy, cancellationToken);
                await using var ledger = await ledgerConnection.BeginBinaryImportAsync(LedgerCopy, cancellationToken);
                generator.Generate(mine, w, (c, l) =>
                {
                    WriteCase(cases, c);
                    foreach (var row in l)
                    {
                        WriteLedger(ledger, row);
                    }

                    var m = Interlocked.Increment(ref matters);
                    var r = Interlocked.Add(ref rows, l.Count);
                    if (m % 10_000 == 0)
                    {
                        report?.Invoke(new Progress(m, r, Interlocked.Read(ref rollupRows)));
                    }
                }, cancellationToken, (_, facts) =>
                {
                    // A city's rollup rows, once all its matters are generated (each fact is keyed by its city).
                    using (var rollup = rollupConnection.BeginBinaryImport(RollupCopy))
                    {
                        foreach (var fact in facts)
                        {
                            WriteRollup(rollup, fact);
                        }

                        rollup.Complete();
                    }

                    Interlocked.Add(ref rollupRows, facts.Count);
                    CopyPointLevel(rollupConnection, facts);
                });
                await cases.CompleteAsync(cancellationToken);
                await ledger.CompleteAsync(cancellationToken);
            },
            cancellationToken)).ToArray();
        await Task.WhenAll(tasks);
        var done = new Progress(matters, rows, rollupRows);
        report?.Invoke(done);
        return done;
    }

    private static void WriteCase(NpgsqlBinaryImporter copy, CaseRow row)
    {
        copy.StartRow();
        copy.Write(MatterRepository.CaseKind, NpgsqlDbType.Text);
        copy.Write(row.CaseId, NpgsqlDbType.Text);
        copy.Write(row.PointCode, NpgsqlDbType.Text);
        copy.Write(row.CurrentPointCode, NpgsqlDbType.Text);
        WriteText(copy, row.WindowId);
        WriteText(copy, row.HandlerId);
        copy.Write(row.Status, NpgsqlDbType.Text);
        copy.Write(row.IsOpen, NpgsqlDbType.Boolean);
        copy.Write(row.Version, NpgsqlDbType.Integer);
        copy.Write(row.State, NpgsqlDbType.Jsonb);
        copy.Write(row.OpenedAt, NpgsqlDbType.TimestampTz);
        copy.Write(row.UpdatedAt, NpgsqlDbType.TimestampTz);
        copy.WriteNull();
        copy.Write(false, NpgsqlDbType.Boolean);
    }

    private static void WriteLedger(NpgsqlBinaryImporter copy, LedgerRow row)
    {
        copy.StartRow();
        copy.Write(MatterRepository.CaseKind, NpgsqlDbType.Text);
        copy.Write(row.CaseId, NpgsqlDbType.Text);
        copy.Write(row.Sequence, NpgsqlDbType.Integer);
        copy.Write(row.OccurredAt, NpgsqlDbType.TimestampTz);
        copy.Write(row.ActorId, NpgsqlDbType.Text);
        copy.Write(row.PointCode, NpgsqlDbType.Text);
        WriteText(copy, row.WindowId);
        copy.Write(row.Action, NpgsqlDbType.Text);
        WriteText(copy, row.StatusBefore);
        copy.Write(row.StatusAfter, NpgsqlDbType.Text);
        WriteText(copy, row.Detail);
        copy.Write(row.Changes, NpgsqlDbType.Json);
        copy.Write(row.Hash, NpgsqlDbType.Bytea);
    }

    /// <summary>
    /// The same facts at a point's level (126's tables, as <c>RollupSql</c> writes them with each commit):
    /// window, item and clerk summed away, by day and by month.
    /// </summary>
    private static void CopyPointLevel(NpgsqlConnection connection, IReadOnlyList<RollupFact> facts)
    {
        var byDay = new Dictionary<(string City, string Figure, DateOnly Day, string Point, string Bucket), long>();
        var byMonth = new Dictionary<(string City, DateOnly Month, string Point, string Figure, string Bucket), long>();
        foreach (var f in facts)
        {
            var day = (f.City, f.Figure, f.Day, f.PointCode, f.Bucket);
            byDay[day] = byDay.GetValueOrDefault(day) + f.Count;
            var month = (f.City, new DateOnly(f.Day.Year, f.Day.Month, 1), f.PointCode, f.Figure, f.Bucket);
            byMonth[month] = byMonth.GetValueOrDefault(month) + f.Count;
        }

        using (var copy = connection.BeginBinaryImport(PointDayCopy))
        {
            foreach (var ((city, figure, day, point, bucket), n) in byDay.Where(e => e.Value != 0))
            {
                copy.StartRow();
                copy.Write(city, NpgsqlDbType.Text);
                copy.Write(figure, NpgsqlDbType.Text);
                copy.Write(day, NpgsqlDbType.Date);
                copy.Write(point, NpgsqlDbType.Text);
                copy.Write(bucket, NpgsqlDbType.Text);
                copy.Write(n, NpgsqlDbType.Bigint);
            }

            copy.Complete();
        }

        using (var copy = connection.BeginBinaryImport(PointMonthCopy))
        {
            foreach (var ((city, month, point, figure, bucket), n) in byMonth.Where(e => e.Value != 0))
            {
                copy.StartRow();
                copy.Write(city, NpgsqlDbType.Text);
                copy.Write(month, NpgsqlDbType.Date);
                copy.Write(point, NpgsqlDbType.Text);
                copy.Write(figure, NpgsqlDbType.Text);
                copy.Write(bucket, NpgsqlDbType.Text);
                copy.Write(n, NpgsqlDbType.Bigint);
            }

            copy.Complete();
        }
    }

    private static void WriteRollup(NpgsqlBinaryImporter copy, RollupFact fact)
    {
        copy.StartRow();
        copy.Write(fact.City, NpgsqlDbType.Text);
        copy.Write(fact.Day, NpgsqlDbType.Date);
        copy.Write(fact.PointCode, NpgsqlDbType.Text);
        copy.Write(fact.WindowId, NpgsqlDbType.Text);
        copy.Write(fact.ItemId, NpgsqlDbType.Text);
        copy.Write(fact.ClerkId, NpgsqlDbType.Text);
        copy.Write(fact.Figure, NpgsqlDbType.Text);
        copy.Write(fact.Bucket, NpgsqlDbType.Text);
        copy.Write(fact.Count, NpgsqlDbType.Bigint);
    }

    private static void WriteText(NpgsqlBinaryImporter copy, string? value)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value, NpgsqlDbType.Text);
        }
    }
}
