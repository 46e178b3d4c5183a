using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Network.Grains.Cases.Storage;
using Network.Grains.Storage;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using Npgsql;
using static Network.Grains.Tests.Persistence.LedgerCases;

namespace Network.Grains.Tests.Persistence;

/// <summary>
/// A group commit in one round trip (<see cref="CaseGroupSql"/>, <c>131_group_commit_one_trip.sql</c>):
/// the group's batch goes without an explicit transaction, PostgreSQL commits it at its end, and a
/// versioned update that lost its check fails it in SQL, so the whole group is rolled back, as is a
/// group whose connection dies between its statements.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class OneTripGroupCommitTests(PostgresFixture db)
{
    [Fact]
    public async Task A_group_whose_versioned_update_lost_its_check_fails_in_SQL_and_rolls_back_whole_though_it_carries_no_explicit_transaction()
    {
        var database = await db.CreateDatabaseAsync();
        var (stale, fresh, opened) = (NewId(), NewId(), NewId());
        await WriteAsync(database, stale, 2);
        await WriteAsync(database, fresh, 1);

        await using var source = NpgsqlDataSource.Create(database);
        await using var connection = await source.OpenConnectionAsync();
        await using var batch = new NpgsqlBatch(connection);

        // A new case, an update that passes (1 → 2) and one made from version 1 of a case at 2, after it.
        CaseGroupSql.AddTo(batch, [(CommitOf(opened, StepOf(opened, 1)), null), (CommitOf(fresh, StepOf(fresh, 2)), null), (CommitOf(stale, StepOf(stale, 2)), null)]);
        var error = await Assert.ThrowsAsync<PostgresException>(() => batch.ExecuteNonQueryAsync());

        Assert.Equal(CaseGroupSql.VersionLost, error.SqlState);
        Assert.Contains(stale, error.MessageText, StringComparison.Ordinal);
        Assert.Equal(0L, await ScalarAsync<long>(database, "SELECT count(*) FROM case_record WHERE case_id = $1", opened));
        Assert.Equal(0L, await ScalarAsync<long>(database, "SELECT count(*) FROM case_ledger WHERE case_id = $1", opened));
        Assert.Equal(1L, await ScalarAsync<long>(database, "SELECT count(*) FROM case_ledger WHERE case_id = $1", fresh));
        Assert.Equal(1, await ScalarAsync<int>(database, "SELECT version FROM case_record WHERE case_id = $1", fresh));
        Assert.Equal(2, await ScalarAsync<int>(database, "SELECT version FROM case_record WHERE case_id = $1", stale));

        // The same connection, idle again, commits the group without the stale commit in one batch.
        await using var again = new NpgsqlBatch(connection);
        CaseGroupSql.AddTo(again, [(CommitOf(opened, StepOf(opened, 1)), null), (CommitOf(fresh, StepOf(fresh, 2)), null)]);
        await again.ExecuteNonQueryAsync();
        Assert.Equal(1L, await ScalarAsync<long>(database, "SELECT count(*) FROM case_record WHERE case_id = $1", opened));
        Assert.Equal(2, await ScalarAsync<int>(database, "SELECT version FROM case_record WHERE case_id = $1", fresh));
    }

    [Fact]
    public async Task Through_the_writer_a_commit_that_lost_its_version_check_is_refused_alone_and_the_others_land()
    {
        var database = await db.CreateDatabaseAsync();
        var cases = Enumerable.Range(0, 12).Select(_ => NewId()).ToArray();
        foreach (var id in cases)
        {
            await WriteAsync(database, id, 1);
        }

        // Now at version 2 (by a writer elsewhere): its commit below is made from version 1.
        await ExecuteAsync(database, "UPDATE case_record SET version = 2 WHERE case_id = $1", cases[5]);

        await using var source = NpgsqlDataSource.Create(database);
        await using var writer = new CaseGroupCommitWriter(source, Options.Create(new GroupCommitOptions { Writers = 1 }), NullLogger<CaseGroupCommitWriter>.Instance);
        var outcomes = await Task.WhenAll(cases.Select(async id =>
        {
            try
            {
                await writer.CommitAsync(CommitOf(id, StepOf(id, 2)));
                return (id, Error: (Exception?)null);
            }
            catch (Exception e)
            {
                return (id, Error: e);
            }
        }));

        var lost = Assert.Single(outcomes, o => o.Error is not null);
        Assert.Equal(cases[5], lost.id);
        Assert.IsType<CaseVersionConflictException>(lost.Error);
        Assert.Equal(11L, await ScalarAsync<long>(database, "SELECT count(*) FROM case_record WHERE case_id = ANY($1) AND version = 2", (object)cases.Where(c => c != cases[5]).ToArray()));
    }

    [Fact]
    public async Task A_group_whose_connection_dies_between_its_statements_leaves_nothing_and_the_writer_goes_on()
    {
        var database = await db.CreateDatabaseAsync();
        var (doomed, next) = (NewId(), NewId());

        // The server ends the group's connection while it inserts the ledger rows, after the case rows' insert.
        await ExecuteAsync(
            database,
            $$"""
            CREATE FUNCTION test_die() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); PERFORM pg_sleep(5); RETURN NEW; END $$;
            CREATE TRIGGER test_die BEFORE INSERT ON case_ledger FOR EACH ROW WHEN (NEW.case_id = '{{doomed}}') EXECUTE FUNCTION test_die();
            """);

        await using var source = NpgsqlDataSource.Create(database);
        await using var writer = new CaseGroupCommitWriter(source, Options.Create(new GroupCommitOptions { Writers = 1 }), NullLogger<CaseGroupCommitWriter>.Instance);
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => writer.CommitAsync(CommitOf(doomed, StepOf(doomed, 1))));

        Assert.Equal(0L, await ScalarAsync<long>(database, "SELECT count(*) FROM case_record WHERE case_id = $1", doomed));
        Assert.Equal(0L, await ScalarAsync<long>(database, "SELECT count(*) FROM case_ledger WHERE case_id = $1", doomed));
        await writer.CommitAsync(CommitOf(next, StepOf(next, 1)));
        Assert.Equal(1L, await ScalarAsync<long>(database, "SELECT count(*) FROM case_record WHERE case_id = $1", next));
    }
}
