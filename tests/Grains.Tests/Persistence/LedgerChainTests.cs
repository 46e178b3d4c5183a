using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Network.Grains.Cases.Storage;
using Network.Grains.Storage;
using Network.Database;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using Npgsql;
using static Network.Grains.Tests.Persistence.LedgerCases;

namespace Network.Grains.Tests.Persistence;

/// <summary>
/// The hash chain over each case's ledger rows (台帐): the database chains every row as it is
/// written; the verifier recomputes every hash on its own and names each case's first row that no
/// longer matches, so a row changed or removed behind the triggers' back is found.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class LedgerChainTests(PostgresFixture db)
{
    [Fact]
    public async Task An_untouched_ledger_verifies_and_the_database_and_the_verifier_compute_the_same_hashes()
    {
        var (roles, _) = await CreateWithRolesAsync(db);
        await WriteAsync(roles.Silo, NewId(), 4);
        await WriteAsync(roles.Silo, NewId(), 1);
        await WriteAsync(roles.Silo, NewId(), 3);

        var report = await LedgerChainVerifier.VerifyAsync(roles.Silo);

        Assert.True(report.Intact, string.Join("; ", report.Broken));
        Assert.Equal(3, report.Cases);
        Assert.Equal(8, report.Rows);
    }

    [Fact]
    public async Task A_tampered_row_fails_the_chain_check_at_that_row()
    {
        var (roles, superuser) = await CreateWithRolesAsync(db);
        var tampered = NewId();
        var untouched = NewId();
        await WriteAsync(roles.Silo, tampered, 4);
        await WriteAsync(roles.Silo, untouched, 4);

        await TamperAsync(superuser, "UPDATE case_ledger SET actor_id = 'someone-else' WHERE case_id = $1 AND sequence = 2", tampered);
        var report = await LedgerChainVerifier.VerifyAsync(roles.Silo);

        var broken = Assert.Single(report.Broken);
        Assert.Equal((Kind, tampered, 2), (broken.Kind, broken.CaseId, broken.Sequence));
        Assert.Equal(8, report.Rows);
    }

    [Fact]
    public async Task A_row_changed_with_its_hash_recomputed_fails_the_check_at_the_next_row()
    {
        var (roles, superuser) = await CreateWithRolesAsync(db);
        var id = NewId();
        await WriteAsync(roles.Silo, id, 3);

        // The tamperer recomputes the changed row's own link, but not the rows after it.
        await TamperAsync(
            superuser,
            """
            UPDATE case_ledger l SET detail = 'forged', hash = case_ledger_link(
                (SELECT p.hash FROM case_ledger p WHERE p.case_id = l.case_id AND p.sequence = 1), l.kind, l.case_id, l.sequence,
                l.occurred_at, l.actor_id, l.point_code, l.window_id, l.action, l.status_before, l.status_after, 'forged', l.changes)
            WHERE l.case_id = $1 AND l.sequence = 2
            """,
            id);
        var report = await LedgerChainVerifier.VerifyAsync(roles.Silo);

        Assert.Equal(3, Assert.Single(report.Broken).Sequence);
    }

    [Fact]
    public async Task A_removed_row_fails_the_check_at_the_row_after_it()
    {
        var (roles, superuser) = await CreateWithRolesAsync(db);
        var id = NewId();
        await WriteAsync(roles.Silo, id, 4);

        await TamperAsync(superuser, "DELETE FROM case_ledger WHERE case_id = $1 AND sequence = 2", id);
        var report = await LedgerChainVerifier.VerifyAsync(roles.Silo);

        var broken = Assert.Single(report.Broken);
        Assert.Equal(3, broken.Sequence);
        Assert.Contains("missing", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_verify_ledger_command_exits_0_on_an_intact_ledger_and_2_naming_the_tampered_row()
    {
        var (roles, superuser) = await CreateWithRolesAsync(db);
        var id = NewId();
        await WriteAsync(roles.Silo, id, 3);

        var (intactExit, intactOutput) = await VerifyCommandAsync(roles.Silo);
        await TamperAsync(superuser, "UPDATE case_ledger SET changes = '[]' WHERE case_id = $1 AND sequence = 3", id);
        var (brokenExit, brokenOutput) = await VerifyCommandAsync(roles.Silo);

        Assert.True(intactExit == 0, intactOutput);
        Assert.Contains("intact", intactOutput, StringComparison.Ordinal);
        Assert.True(brokenExit == 2, brokenOutput);
        Assert.Contains($"{Kind} {id} #3", brokenOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rows_an_earlier_build_wrote_without_hashes_are_chained_by_the_migration()
    {
        var superuser = await db.CreateDatabaseAsync();
        var id = NewId();
        await WriteAsync(superuser, id, 3);
        var hashes = await ScalarAsync<string>(superuser, "SELECT string_agg(encode(hash, 'hex'), ',' ORDER BY sequence) FROM case_ledger WHERE case_id = $1", id);

        // The ledger as an earlier build left it: no hash column's values.
        await TamperAsync(superuser, "ALTER TABLE case_ledger ALTER COLUMN hash DROP NOT NULL; UPDATE case_ledger SET hash = NULL");
        Assert.False((await LedgerChainVerifier.VerifyAsync(superuser)).Intact);
        await DatabaseMigrator.MigrateAsync(superuser, NullLogger.Instance);

        Assert.True((await LedgerChainVerifier.VerifyAsync(superuser)).Intact);
        Assert.Equal(hashes, await ScalarAsync<string>(superuser, "SELECT string_agg(encode(hash, 'hex'), ',' ORDER BY sequence) FROM case_ledger WHERE case_id = $1", id));
        Assert.True(await ScalarAsync<bool>(superuser, "SELECT attnotnull FROM pg_attribute WHERE attrelid = 'case_ledger'::regclass AND attname = 'hash'"));
        Assert.Equal(PostgresErrorCodes.IntegrityConstraintViolation, await RefusalAsync(superuser, "UPDATE case_ledger SET detail = 'x'"));
    }

    [Fact]
    public async Task Rows_the_case_store_sends_hashed_carry_the_hash_the_database_function_computes()
    {
        var (roles, _) = await CreateWithRolesAsync(db);
        var id = NewId();
        await WriteAsync(roles.Silo, id, 5);

        // Each stored hash against the database's own link of the row, from the stored hash before it.
        var mismatches = await ScalarAsync<long>(
            roles.Silo,
            """
            SELECT count(*) FROM case_ledger l
            WHERE l.case_id = $1 AND l.hash <> case_ledger_link(
                COALESCE((SELECT p.hash FROM case_ledger p WHERE p.kind = l.kind AND p.case_id = l.case_id AND p.sequence = l.sequence - 1), case_ledger_genesis()),
                l.kind, l.case_id, l.sequence, l.occurred_at, l.actor_id, l.point_code, l.window_id, l.action,
                l.status_before, l.status_after, l.detail, l.changes)
            """,
            id);

        Assert.Equal(0L, mismatches);
        Assert.Equal(5L, await ScalarAsync<long>(roles.Silo, "SELECT count(*) FROM case_ledger WHERE case_id = $1", id));
    }

    [Fact]
    public async Task A_store_that_read_a_case_sends_its_next_rows_chained_and_one_that_did_not_leaves_them_to_the_database()
    {
        var (roles, _) = await CreateWithRolesAsync(db);
        var loaded = NewId();
        var unknown = NewId();
        await WriteAsync(roles.Silo, loaded, 2);
        await WriteAsync(roles.Silo, unknown, 2);

        // A silo that has not seen either case: it learns the head of the one it loads.
        await using var source = NpgsqlDataSource.Create(roles.Silo);
        await using var writer = new CaseGroupCommitWriter(source, Options.Create(new GroupCommitOptions()), NullLogger<CaseGroupCommitWriter>.Instance);
        var store = new PostgresCaseStore(source, writer);
        Assert.NotNull(await store.LoadAsync(Kind, loaded));
        var third = StepOf(loaded, 3);

        Assert.NotNull(writer.Heads.Chain(Kind, loaded, [third]));
        Assert.Null(writer.Heads.Chain(Kind, unknown, [StepOf(unknown, 3)]));
        await store.CommitAsync(CommitOf(loaded, third));
        await store.CommitAsync(CommitOf(unknown, StepOf(unknown, 3)));

        var report = await LedgerChainVerifier.VerifyAsync(roles.Silo);
        Assert.True(report.Intact, string.Join("; ", report.Broken));
        Assert.Equal(6, report.Rows);
    }

    [Fact]
    public async Task Rows_sent_without_hashes_in_one_statement_are_each_chained_by_the_database_to_the_row_before_it()
    {
        var (roles, _) = await CreateWithRolesAsync(db);
        var id = NewId();
        var other = NewId();
        await WriteAsync(roles.Silo, id, 2);
        await WriteAsync(roles.Silo, other, 1);

        // A silo that has read neither case: one commit of two steps and another case's step, in one
        // group, so one multi-row insert carries three rows without hashes, two of one case.
        await using var source = NpgsqlDataSource.Create(roles.Silo);
        await using var writer = new CaseGroupCommitWriter(source, Options.Create(new GroupCommitOptions()), NullLogger<CaseGroupCommitWriter>.Instance);
        var store = new PostgresCaseStore(source, writer);
        var two = CommitOf(id, StepOf(id, 4)) with { ExpectedVersion = 2, Steps = [StepOf(id, 3), StepOf(id, 4)] };
        Assert.Null(writer.Heads.Chain(Kind, id, two.Steps));
        await Task.WhenAll(store.CommitAsync(two), store.CommitAsync(CommitOf(other, StepOf(other, 2))));

        var report = await LedgerChainVerifier.VerifyAsync(roles.Silo);
        Assert.True(report.Intact, string.Join("; ", report.Broken));
        Assert.Equal(6, report.Rows);
    }

    [Fact]
    public async Task A_ledger_whose_change_sets_an_earlier_build_stored_as_jsonb_turns_into_json_and_still_verifies()
    {
        var superuser = await db.CreateDatabaseAsync();
        var id = NewId();
        await WriteAsync(superuser, id, 3);
        // The ledger as an earlier build left it: jsonb change sets, each row hashed over jsonb's text of them.
        await ExecuteAsync(superuser, "DROP VIEW ledger; ALTER TABLE case_ledger ALTER COLUMN changes TYPE jsonb USING changes::jsonb");
        for (var n = 1; n <= 3; n++)
        {
            await TamperAsync(
                superuser,
                """
                UPDATE case_ledger l SET hash = case_ledger_link(
                    COALESCE((SELECT p.hash FROM case_ledger p WHERE p.case_id = l.case_id AND p.sequence = l.sequence - 1), case_ledger_genesis()),
                    l.kind, l.case_id, l.sequence, l.occurred_at, l.actor_id, l.point_code, l.window_id, l.action,
                    l.status_before, l.status_after, l.detail, l.changes::text::json)
                WHERE l.case_id = $1 AND l.sequence = $2
                """,
                id,
                n);
        }

        var hashes = await ScalarAsync<string>(superuser, "SELECT string_agg(encode(hash, 'hex'), ',' ORDER BY sequence) FROM case_ledger WHERE case_id = $1", id);
        Assert.True((await LedgerChainVerifier.VerifyAsync(superuser)).Intact);

        await DatabaseMigrator.MigrateAsync(superuser, NullLogger.Instance);

        Assert.True((await LedgerChainVerifier.VerifyAsync(superuser)).Intact);
        Assert.Equal(hashes, await ScalarAsync<string>(superuser, "SELECT string_agg(encode(hash, 'hex'), ',' ORDER BY sequence) FROM case_ledger WHERE case_id = $1", id));
        Assert.Equal("json", await ScalarAsync<string>(superuser, "SELECT atttypid::regtype::text FROM pg_attribute WHERE attrelid = 'case_ledger'::regclass AND attname = 'changes'"));
        Assert.Equal(3L, await ScalarAsync<long>(superuser, "SELECT count(*) FROM ledger WHERE receipt_number = $1", id));
    }

    private static async Task<(int ExitCode, string Output)> VerifyCommandAsync(string connectionString)
    {
        var dll = Path.Combine(RepoPaths.Root, "dbtool", "Network.DbTool", "bin", RepoPaths.Configuration, "net10.0", "Network.DbTool.dll");
        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in (string[])[dll, "verify-ledger", "--connection", connectionString])
        {
            start.ArgumentList.Add(a);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return (process.ExitCode, await stdout + await stderr);
    }
}
