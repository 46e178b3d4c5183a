using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Network.Grains.Cases.Storage;
using Network.Grains.Hosting;
using Network.Grains.Storage;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using Npgsql;
using static Network.Grains.Tests.Persistence.LedgerCases;

namespace Network.Grains.Tests.Persistence;

/// <summary>
/// What the case store asks of PostgreSQL to keep its write path cheap: its statements prepared
/// once per connection, not parsed and planned per commit; case states compressed with lz4; room
/// in case_record's pages for updates in place.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class CaseStorageTuningTests(PostgresFixture db)
{
    [Fact]
    public async Task The_case_stores_statements_are_prepared_on_their_connection_after_their_second_use()
    {
        var database = await db.CreateDatabaseAsync();
        var id = NewId();
        await WriteAsync(database, id, 1);
        await using var source = CaseStoreDataSource.Create(database);

        Assert.Equal(1, await LoadTimesAsync(source, id, 3));
    }

    [Fact]
    public async Task A_group_commits_statements_are_planned_once_on_their_connection_not_at_every_commit()
    {
        var database = await db.CreateDatabaseAsync();
        await using var source = CaseStoreDataSource.Create(new NpgsqlConnectionStringBuilder(database) { MaxPoolSize = 1 }.ConnectionString);
        await CommitNewCasesAsync(source, 10);

        // The pool's only connection: the one every commit used.
        await using var connection = await source.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*)::int, coalesce(sum(custom_plans), 0)::bigint, coalesce(sum(generic_plans), 0)::bigint FROM pg_prepared_statements WHERE statement LIKE 'INSERT INTO case_%'",
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(2, reader.GetInt32(0)); // the case rows' insert and the ledger rows' insert
        Assert.Equal(0L, reader.GetInt64(1));
        Assert.True(reader.GetInt64(2) >= 16, $"{reader.GetInt64(2)} executions with the generic plan");
    }

    [Fact]
    public async Task A_connection_string_that_turns_preparing_off_keeps_it_off()
    {
        var database = await db.CreateDatabaseAsync();
        var id = NewId();
        await WriteAsync(database, id, 1);
        await using var source = CaseStoreDataSource.Create(new NpgsqlConnectionStringBuilder(database) { MaxAutoPrepare = 0 }.ConnectionString);

        Assert.Equal(0, await LoadTimesAsync(source, id, 3));
    }

    [Fact]
    public async Task Case_states_and_change_sets_are_compressed_with_lz4_where_the_server_has_it_and_case_pages_leave_room_for_updates()
    {
        var database = await db.CreateDatabaseAsync();
        var lz4 = await ScalarAsync<bool>(database, "SELECT 'lz4' = ANY (enumvals) FROM pg_settings WHERE name = 'default_toast_compression'");

        Assert.True(lz4, "this machine's PostgreSQL is built with lz4");
        Assert.Equal("l", (await ScalarAsync<char>(database, "SELECT attcompression FROM pg_attribute WHERE attrelid = 'case_record'::regclass AND attname = 'state'")).ToString());
        Assert.Equal("l", (await ScalarAsync<char>(database, "SELECT attcompression FROM pg_attribute WHERE attrelid = 'case_ledger'::regclass AND attname = 'changes'")).ToString());
        Assert.True(await ScalarAsync<bool>(database, "SELECT 'fillfactor=80' = ANY (reloptions) FROM pg_class WHERE oid = 'case_record'::regclass"));
    }

    [Fact]
    public async Task No_index_of_case_record_reads_the_state_so_a_step_can_update_its_row_in_place()
    {
        var database = await db.CreateDatabaseAsync();

        var overState = await ScalarAsync<long>(database,
            """
            SELECT count(*) FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attname = 'state'
            WHERE i.indrelid = 'case_record'::regclass
              AND (a.attnum = ANY (i.indkey) OR pg_get_expr(i.indexprs, i.indrelid) LIKE '%state%' OR pg_get_expr(i.indpred, i.indrelid) LIKE '%state%')
            """);

        Assert.Equal(0L, overState);
    }

    [Fact]
    public async Task A_database_migrated_by_an_earlier_build_loses_the_unused_open_current_point_index_and_migrating_again_leaves_it_gone()
    {
        var database = await db.CreateDatabaseAsync();
        await ExecuteAsync(database, "CREATE INDEX case_record_open_current_point ON case_record (kind, current_point_code) WHERE is_open"); // as 003 created it before 128

        await global::Network.Database.DatabaseMigrator.MigrateAsync(database, NullLogger.Instance);
        await global::Network.Database.DatabaseMigrator.MigrateAsync(database, NullLogger.Instance);

        Assert.Null(await ScalarAsync<string>(database, "SELECT to_regclass('case_record_open_current_point')::text"));
        Assert.NotNull(await ScalarAsync<string>(database, "SELECT to_regclass('case_record_current_point_opened')::text"));
    }

    [Fact]
    public async Task A_step_that_changes_neither_the_deadline_nor_the_citizen_updates_the_case_row_in_place()
    {
        var database = await db.CreateDatabaseAsync();
        var id = NewId();
        await WriteAsync(database, id, 1);
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var step = new NpgsqlCommand(
            """
            UPDATE case_record SET state = jsonb_set(state, '{note}', to_jsonb('another step'::text)), version = version + 1, updated_at = now()
            WHERE kind = $1 AND case_id = $2
            """, connection, transaction))
        {
            step.Parameters.AddWithValue(Kind);
            step.Parameters.AddWithValue(id);
            Assert.Equal(1, await step.ExecuteNonQueryAsync());
        }

        await using var hot = new NpgsqlCommand("SELECT pg_stat_get_xact_tuples_hot_updated('case_record'::regclass)", connection, transaction);
        Assert.Equal(1L, (long)(await hot.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task A_connection_back_in_the_pool_is_not_reset_yet_carries_no_plan_mode_of_the_group_commits_before_it()
    {
        var database = await db.CreateDatabaseAsync();
        await using var source = CaseStoreDataSource.Create(new NpgsqlConnectionStringBuilder(database) { MaxPoolSize = 1 }.ConnectionString);
        await CommitNewCasesAsync(source, 2);

        // The pool's only connection, the one both commits used: no reset on its return, and the
        // group's plan mode was the transaction's alone (SET LOCAL), so the next user sees the default.
        Assert.True(new NpgsqlConnectionStringBuilder(source.ConnectionString).NoResetOnClose);
        await using var connection = await source.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("SHOW plan_cache_mode", connection);
        Assert.Equal("auto", (string)(await command.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task A_connection_string_that_asks_for_the_reset_on_return_keeps_it()
    {
        var database = await db.CreateDatabaseAsync();
        await using var source = CaseStoreDataSource.Create(new NpgsqlConnectionStringBuilder(database) { NoResetOnClose = false }.ConnectionString);

        Assert.False(new NpgsqlConnectionStringBuilder(source.ConnectionString).NoResetOnClose);
    }

    [Fact]
    public async Task The_local_server_stays_durable_while_it_spaces_its_checkpoints_and_compresses_page_images()
    {
        var database = await db.CreateDatabaseAsync();
        string[] names = ["fsync", "synchronous_commit", "full_page_writes", "wal_compression", "max_wal_size", "checkpoint_timeout"];
        var settings = new Dictionary<string, string>();
        foreach (var name in names)
        {
            settings[name] = (await ScalarAsync<string>(database, $"SELECT current_setting('{name}')"))!;
        }

        Assert.Equal(["on", "on", "on", "lz4", "4GB", "15min"], names.Select(n => settings[n]));
    }

    /// <summary>Commits <paramref name="count"/> new cases one after another through a one-writer group commit on <paramref name="source"/>.</summary>
    private static async Task CommitNewCasesAsync(NpgsqlDataSource source, int count)
    {
        await using var writer = new CaseGroupCommitWriter(source, Options.Create(new GroupCommitOptions { Writers = 1 }), NullLogger<CaseGroupCommitWriter>.Instance);
        var store = new PostgresCaseStore(source, writer);
        for (var n = 0; n < count; n++)
        {
            await store.CommitAsync(CommitOf(NewId(), StepOf("x", 1)));
        }
    }

    /// <summary>Loads the case <paramref name="times"/> times through a store on <paramref name="source"/>; returns how many of the load's statements its connection holds prepared.</summary>
    private static async Task<int> LoadTimesAsync(NpgsqlDataSource source, string id, int times)
    {
        await using var writer = new CaseGroupCommitWriter(source, Options.Create(new GroupCommitOptions { Writers = 1 }), NullLogger<CaseGroupCommitWriter>.Instance);
        var store = new PostgresCaseStore(source, writer);
        for (var i = 0; i < times; i++)
        {
            Assert.NotNull(await store.LoadAsync(Kind, id));
        }

        // The pool hands back the connection the loads used (the only idle one).
        await using var connection = await source.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT count(*)::int FROM pg_prepared_statements WHERE statement LIKE '%FROM case_record r%'", connection);
        return (int)(await command.ExecuteScalarAsync())!;
    }
}
