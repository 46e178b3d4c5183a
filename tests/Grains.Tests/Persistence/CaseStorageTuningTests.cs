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
