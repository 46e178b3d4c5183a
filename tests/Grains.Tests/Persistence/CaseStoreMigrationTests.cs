using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Network.Database;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using Npgsql;

namespace Network.Grains.Tests.Persistence;

/// <summary>An old deployment's matter and ledger tables are carried over into the case store without loss.</summary>
[Collection(PostgresCollection.Name)]
public sealed class CaseStoreMigrationTests(PostgresFixture db)
{
    /// <summary>The old schema: 001_matters_and_ledger.sql and 002_deadline_sweep.sql as they were before the case store.</summary>
    private const string OldSchema =
        """
        CREATE TABLE matter (
            receipt_number  text        PRIMARY KEY,
            point_code      text        NOT NULL,
            window_id       text        NOT NULL,
            item_id         text        NOT NULL,
            status          text        NOT NULL,
            current_point_code text     NOT NULL,
            handler_clerk_id   text     NOT NULL,
            version         integer     NOT NULL CHECK (version > 0),
            state           jsonb       NOT NULL,
            received_at     timestamptz NOT NULL,
            updated_at      timestamptz NOT NULL
        );
        CREATE INDEX matter_point_status ON matter (point_code, status);
        CREATE INDEX matter_window_handler ON matter (point_code, window_id, handler_clerk_id)
            WHERE status NOT IN ('Completed', 'Returned');
        CREATE INDEX matter_current_point ON matter (current_point_code)
            WHERE status NOT IN ('Completed', 'Returned');
        CREATE TABLE ledger (
            id              bigserial   PRIMARY KEY,
            receipt_number  text        NOT NULL,
            sequence        integer     NOT NULL,
            occurred_at     timestamptz NOT NULL,
            actor_id        text        NOT NULL,
            point_code      text        NOT NULL,
            window_id       text,
            action          text        NOT NULL,
            status_before   text,
            status_after    text        NOT NULL,
            detail          text,
            state_before    jsonb,
            state_after     jsonb       NOT NULL,
            CONSTRAINT ledger_step_once UNIQUE (receipt_number, sequence)
        );
        CREATE INDEX ledger_point_time ON ledger (point_code, occurred_at);
        ALTER TABLE matter ADD COLUMN next_check_date date;
        ALTER TABLE matter ADD COLUMN due_provisional boolean NOT NULL DEFAULT false;
        CREATE INDEX matter_point_next_check ON matter (point_code, next_check_date)
            WHERE status NOT IN ('Completed', 'Returned') AND (next_check_date IS NOT NULL OR due_provisional);
        """;

    private const string Open = "510682101-20260930-0000OPEN";
    private const string Done = "510682101-20260930-0000DONE";

    private static readonly string[] States =
    [
        """{"receiptNumber":"R","itemId":"allowance","status":"Accepted","materialsHandedIn":["居民身份证"],"notice":{"missing":["户口簿"]},"version":1}""",
        """{"receiptNumber":"R","itemId":"allowance","status":"InProgress","materialsHandedIn":["居民身份证","户口簿"],"version":2,"slip":{"due":"2026-10-14"}}""",
        """{"receiptNumber":"R","itemId":"allowance","status":"Completed","materialsHandedIn":["居民身份证","户口簿"],"version":3,"slip":{"due":"2026-10-14"},"outcome":{"text":"准予"}}""",
    ];

    private static string StateOf(string receipt, int i) => States[i].Replace("\"R\"", $"\"{receipt}\"", StringComparison.Ordinal);

    [Fact]
    public async Task Old_matter_and_ledger_tables_are_carried_over_without_loss_and_a_second_run_changes_nothing()
    {
        var database = "m_" + Guid.NewGuid().ToString("N")[..16];
        await db.ExecuteAsync($"CREATE DATABASE \"{database}\"");
        var cs = new NpgsqlConnectionStringBuilder(db.ConnectionString) { Database = database }.ConnectionString;
        await using var data = NpgsqlDataSource.Create(cs);
        await Execute(data, OldSchema);
        await SeedOldAsync(data);

        await DatabaseMigrator.MigrateAsync(cs, NullLogger.Instance);

        // The old tables are gone; their names are views now.
        Assert.Equal("v", await Scalar<string>(data, "SELECT relkind::text FROM pg_class WHERE oid = to_regclass('matter')"));
        Assert.Equal("v", await Scalar<string>(data, "SELECT relkind::text FROM pg_class WHERE oid = to_regclass('ledger')"));

        // Every matter row, all its columns.
        Assert.Equal(2L, await Scalar<long>(data, "SELECT count(*) FROM case_record WHERE kind = 'matter'"));
        Assert.Equal(
            "510682101|510682|civil-affairs|c-b|Completed|f|3|2026-09-30 01:00:00+00|2026-09-30 03:00:00+00||f",
            await Scalar<string>(data,
                """
                SELECT concat_ws('|', point_code, current_point_code, window_id, handler_id, status, is_open, version, opened_at,
                                 updated_at, coalesce(next_check_date::text, ''), due_provisional)
                FROM case_record WHERE kind = 'matter' AND case_id = $1
                """, Done));
        Assert.Equal(
            "510682101|510682101|civil-affairs|c-a|InProgress|t|2|2026-10-13|t",
            await Scalar<string>(data,
                "SELECT concat_ws('|', point_code, current_point_code, window_id, handler_id, status, is_open, version, next_check_date, due_provisional) FROM case_record WHERE case_id = $1",
                Open));
        Assert.True(await Scalar<bool>(data, "SELECT state = $2::jsonb FROM case_record WHERE case_id = $1", Done, StateOf(Done, 2)));
        Assert.True(await Scalar<bool>(data, "SELECT state = $2::jsonb FROM case_record WHERE case_id = $1", Open, StateOf(Open, 1)));

        // Every ledger row: who, when, where, what.
        Assert.Equal(5L, await Scalar<long>(data, "SELECT count(*) FROM case_ledger WHERE kind = 'matter'"));
        Assert.Equal(
            "1|c-a|Accepted||Accepted|缺户口簿;2|c-a|Supplied|Accepted|InProgress|;3|c-b|Completed|InProgress|Completed|准予",
            await Scalar<string>(data,
                """
                SELECT string_agg(concat_ws('|', sequence, actor_id, action, coalesce(status_before, ''), status_after, coalesce(detail, '')), ';' ORDER BY sequence)
                FROM case_ledger WHERE case_id = $1
                """, Done));
        Assert.Equal(0L, await Scalar<long>(data, "SELECT count(*) FROM case_ledger WHERE json_array_length(changes) = 0"));

        // The changes: the whole state first, then one op per top-level key that changed, appeared or went.
        var changes = await Changes(data, Done);
        var first = Assert.Single(changes[0].AsArray())!;
        Assert.Equal(("add", ""), ((string)first["op"]!, (string)first["path"]!));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(StateOf(Done, 0)), first["value"]));
        Assert.Equal(
            ["replace /materialsHandedIn", "replace /status", "replace /version", "add /slip", "remove /notice"],
            changes[1].AsArray().Select(o => $"{(string)o!["op"]!} {(string)o["path"]!}").Order(StringComparer.Ordinal).Order(Comparer<string>.Create((a, b) => Rank(a) - Rank(b))).ToArray());
        var status = changes[1].AsArray().Single(o => (string)o!["path"]! == "/status")!;
        Assert.Equal("InProgress", (string)status["value"]!);
        string? replayed = null;
        foreach (var patch in changes)
        {
            replayed = Values.JsonPatchApplier.Apply(replayed, patch.ToJsonString())!.ToJsonString();
        }

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(StateOf(Done, 2)), JsonNode.Parse(replayed!)));

        // The views answer with the old names.
        Assert.Equal("allowance|c-b|f", await Scalar<string>(data, "SELECT concat_ws('|', item_id, handler_clerk_id, is_open) FROM matter WHERE receipt_number = $1", Done));
        Assert.Equal(3L, await Scalar<long>(data, "SELECT count(*) FROM ledger WHERE receipt_number = $1 AND changes IS NOT NULL", Done));

        // Run again: nothing changes.
        var fingerprint = await FingerprintAsync(data);
        await DatabaseMigrator.MigrateAsync(cs, NullLogger.Instance);
        Assert.Equal(fingerprint, await FingerprintAsync(data));
        Assert.Equal(DatabaseMigrator.ScriptNames.Count, (int)await Scalar<long>(data, "SELECT count(*) FROM schema_history"));

        static int Rank(string op) => op.StartsWith("replace", StringComparison.Ordinal) ? 0 : op.StartsWith("add", StringComparison.Ordinal) ? 1 : 2;
    }

    [Fact]
    public async Task A_fresh_database_gets_the_case_store_and_the_matter_views()
    {
        var cs = await db.CreateDatabaseAsync();
        await using var data = NpgsqlDataSource.Create(cs);

        Assert.Equal("r", await Scalar<string>(data, "SELECT relkind::text FROM pg_class WHERE oid = to_regclass('case_record')"));
        Assert.Equal("r", await Scalar<string>(data, "SELECT relkind::text FROM pg_class WHERE oid = to_regclass('case_ledger')"));
        Assert.Equal("v", await Scalar<string>(data, "SELECT relkind::text FROM pg_class WHERE oid = to_regclass('matter')"));
        Assert.Equal("v", await Scalar<string>(data, "SELECT relkind::text FROM pg_class WHERE oid = to_regclass('ledger')"));
        Assert.Equal(0L, await Scalar<long>(data, "SELECT count(*) FROM matter"));
    }

    private static async Task SeedOldAsync(NpgsqlDataSource data)
    {
        await Execute(data,
            """
            INSERT INTO matter (receipt_number, point_code, window_id, item_id, status, current_point_code, handler_clerk_id, version, state,
                                received_at, updated_at, next_check_date, due_provisional)
            VALUES ($1, '510682101', 'civil-affairs', 'allowance', 'Completed', '510682', 'c-b', 3, $2::jsonb,
                    '2026-09-30T09:00:00+08', '2026-09-30T11:00:00+08', NULL, false),
                   ($3, '510682101', 'civil-affairs', 'allowance', 'InProgress', '510682101', 'c-a', 2, $4::jsonb,
                    '2026-09-30T10:00:00+08', '2026-09-30T10:30:00+08', '2026-10-13', true)
            """,
            Done, StateOf(Done, 2), Open, StateOf(Open, 1));
        await Execute(data,
            """
            INSERT INTO ledger (receipt_number, sequence, occurred_at, actor_id, point_code, window_id, action, status_before, status_after, detail, state_before, state_after)
            VALUES ($1, 1, '2026-09-30T09:00:00+08', 'c-a', '510682101', 'civil-affairs', 'Accepted', NULL, 'Accepted', '缺户口簿', NULL, $2::jsonb),
                   ($3, 1, '2026-09-30T10:00:00+08', 'c-a', '510682101', 'civil-affairs', 'Accepted', NULL, 'Accepted', NULL, NULL, $4::jsonb),
                   ($1, 2, '2026-09-30T10:00:00+08', 'c-a', '510682101', 'civil-affairs', 'Supplied', 'Accepted', 'InProgress', NULL, $2::jsonb, $5::jsonb),
                   ($3, 2, '2026-09-30T10:30:00+08', 'c-a', '510682101', 'civil-affairs', 'Supplied', 'Accepted', 'InProgress', NULL, $4::jsonb, $6::jsonb),
                   ($1, 3, '2026-09-30T11:00:00+08', 'c-b', '510682', NULL, 'Completed', 'InProgress', 'Completed', '准予', $5::jsonb, $7::jsonb)
            """,
            Done, StateOf(Done, 0), Open, StateOf(Open, 0), StateOf(Done, 1), StateOf(Open, 1), StateOf(Done, 2));
    }

    private static async Task<List<JsonNode>> Changes(NpgsqlDataSource data, string receipt)
    {
        await using var command = data.CreateCommand("SELECT changes::text FROM case_ledger WHERE case_id = $1 ORDER BY sequence");
        command.Parameters.AddWithValue(receipt);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<JsonNode>();
        while (await reader.ReadAsync())
        {
            rows.Add(JsonNode.Parse(reader.GetString(0))!);
        }

        return rows;
    }

    private static Task<string> FingerprintAsync(NpgsqlDataSource data) => Scalar<string>(data,
        """
        SELECT md5(coalesce((SELECT string_agg(r::text, ',' ORDER BY kind, case_id) FROM case_record r), '')
                || coalesce((SELECT string_agg(l::text, ',' ORDER BY id) FROM case_ledger l), '')
                || (SELECT count(*) FROM pg_class WHERE relname IN ('matter', 'ledger') AND relkind = 'r')::text)
        """);

    private static async Task Execute(NpgsqlDataSource data, string sql, params object[] args)
    {
        await using var command = data.CreateCommand(sql);
        foreach (var a in args)
        {
            command.Parameters.AddWithValue(a);
        }

        await command.ExecuteNonQueryAsync();
    }

    private static async Task<T> Scalar<T>(NpgsqlDataSource data, string sql, params object[] args)
    {
        await using var command = data.CreateCommand(sql);
        foreach (var a in args)
        {
            command.Parameters.AddWithValue(a);
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }
}
