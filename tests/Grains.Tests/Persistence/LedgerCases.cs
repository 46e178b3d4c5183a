using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Network.Database;
using Network.Grains.Cases.Storage;
using Network.Grains.Storage;
using Network.Testing;
using Npgsql;

namespace Network.Grains.Tests.Persistence;

/// <summary>
/// Databases and cases for the tests of the roles and the ledger's hash chain: a fresh database
/// set up as the embedded server sets one up (roles first, then the scripts as the migration
/// role), and cases written through the real case store (group commit) with a few steps each.
/// </summary>
internal static class LedgerCases
{
    public const string Kind = "matter";

    private static readonly DateTimeOffset T0 = new(2026, 9, 30, 9, 0, 0, TimeSpan.FromHours(8));

    /// <summary>The roles are the server's, shared by every database of it: one set of passwords per test run.</summary>
    private static readonly DatabaseRolePasswords Passwords = DatabaseRolePasswords.Generate();

    /// <summary>A fresh database with the three roles, migrated by the migration role; also returns the superuser's connection to it.</summary>
    public static async Task<(DatabaseRoleConnections Roles, string Superuser)> CreateWithRolesAsync(PostgresFixture db)
    {
        var name = "r_" + Guid.NewGuid().ToString("N")[..16];
        await db.ExecuteAsync($"CREATE DATABASE \"{name}\"");
        var superuser = new NpgsqlConnectionStringBuilder(db.ConnectionString) { Database = name }.ConnectionString;
        var roles = await DatabaseRoles.EnsureAsync(superuser, Passwords);
        await DatabaseMigrator.MigrateAsync(roles.Migration, NullLogger.Instance);
        return (roles, superuser);
    }

    public static string NewId() => "510682101-20260930-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    /// <summary>Writes a case of <paramref name="steps"/> steps (one commit each) through the case store on <paramref name="connectionString"/>.</summary>
    public static async Task WriteAsync(string connectionString, string id, int steps)
    {
        await using var source = NpgsqlDataSource.Create(connectionString);
        await using var writer = new CaseGroupCommitWriter(source, Options.Create(new GroupCommitOptions()), NullLogger<CaseGroupCommitWriter>.Instance);
        var store = new PostgresCaseStore(source, writer);
        for (var n = 1; n <= steps; n++)
        {
            await store.CommitAsync(CommitOf(id, StepOf(id, n)));
        }
    }

    /// <summary>Step <paramref name="n"/> of case <paramref name="id"/>, as <see cref="WriteAsync"/> writes it.</summary>
    public static CaseStep StepOf(string id, int n) => new(
        n,
        T0.AddMinutes(n).AddTicks(n * 10),
        "c-510682101-civil-affairs-a",
        "510682101",
        n % 2 == 0 ? null : "civil-affairs",
        "Step" + n,
        n == 1 ? null : "S" + (n - 1),
        "S" + n,
        n == 2 ? "补正材料：户口簿" : null,
        JsonChanges.Diff(n == 1 ? null : StateOf(id, n - 1), StateOf(id, n)));

    /// <summary>The commit of <paramref name="step"/> alone (version = sequence).</summary>
    public static CaseCommit CommitOf(string id, CaseStep step) => new(
        Kind,
        id,
        step.Sequence - 1,
        step.Sequence,
        StateOf(id, step.Sequence),
        new CaseIndex("510682101", "510682101", "civil-affairs", "c-a", "S" + step.Sequence, true, T0, null, false),
        [step]);

    // Chinese text, nulls and changing JSON: what the canonical bytes must get right.
    private static string StateOf(string id, int n) =>
        $$"""{"receiptNumber":"{{id}}","status":"S{{n}}","applicant":"张三","notes":[{{string.Join(',', Enumerable.Range(1, n).Select(i => $"\"材料{i}\""))}}]}""";

    public static async Task ExecuteAsync(string connectionString, string sql, params object[] args)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var a in args)
        {
            command.Parameters.AddWithValue(a);
        }

        await command.ExecuteNonQueryAsync();
    }

    public static async Task<T?> ScalarAsync<T>(string connectionString, string sql, params object[] args)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var a in args)
        {
            command.Parameters.AddWithValue(a);
        }

        var result = await command.ExecuteScalarAsync();
        return result is null or DBNull ? default : (T)result;
    }

    /// <summary>Runs <paramref name="sql"/> and returns the SQLSTATE it was refused with (null when it ran).</summary>
    public static async Task<string?> RefusalAsync(string connectionString, string sql, params object[] args)
    {
        try
        {
            await ExecuteAsync(connectionString, sql, args);
            return null;
        }
        catch (PostgresException e)
        {
            return e.SqlState;
        }
    }

    /// <summary>As the superuser: runs <paramref name="sql"/> with the ledger's append-only trigger off (a tamperer's way round it).</summary>
    public static async Task TamperAsync(string superuser, string sql, params object[] args)
    {
        await using var connection = new NpgsqlConnection(superuser);
        await connection.OpenAsync();
        await using (var off = new NpgsqlCommand("ALTER TABLE case_ledger DISABLE TRIGGER case_ledger_append_only", connection))
        {
            await off.ExecuteNonQueryAsync();
        }

        await using (var command = new NpgsqlCommand(sql, connection))
        {
            foreach (var a in args)
            {
                command.Parameters.AddWithValue(a);
            }

            await command.ExecuteNonQueryAsync();
        }

        await using var on = new NpgsqlCommand("ALTER TABLE case_ledger ENABLE TRIGGER case_ledger_append_only", connection);
        await on.ExecuteNonQueryAsync();
    }
}
