using Microsoft.Extensions.Logging.Abstractions;
using Network.Database;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using Npgsql;
using static Network.Grains.Tests.Persistence.LedgerCases;

namespace Network.Grains.Tests.Persistence;

/// <summary>
/// Least privilege in the database (issue 14): the silo and the gateway each run as a role holding
/// only what their process needs; the schema belongs to the migration role; nobody may rewrite the
/// ledger (台帐) or the audit log, not even the owner, and a superuser is stopped by the triggers.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class DatabaseRolesTests(PostgresFixture db)
{
    private const string Refused = PostgresErrorCodes.InsufficientPrivilege;

    [Fact]
    public async Task A_ledger_update_is_refused_by_the_database()
    {
        var (roles, superuser) = await CreateWithRolesAsync(db);
        var id = NewId();
        await WriteAsync(roles.Silo, id, 2);
        const string update = "UPDATE case_ledger SET detail = 'rewritten' WHERE case_id = $1";

        Assert.Equal(Refused, await RefusalAsync(roles.Silo, update, id));
        Assert.Equal(Refused, await RefusalAsync(roles.Silo, "UPDATE ledger SET detail = 'rewritten' WHERE receipt_number = $1", id));
        Assert.Equal(Refused, await RefusalAsync(roles.Gateway, update, id));
        Assert.Equal(Refused, await RefusalAsync(roles.Migration, update, id));
        // A superuser passes every privilege check; the trigger still refuses.
        Assert.Equal(PostgresErrorCodes.IntegrityConstraintViolation, await RefusalAsync(superuser, update, id));

        Assert.Equal(0L, await ScalarAsync<long>(superuser, "SELECT count(*) FROM case_ledger WHERE detail = 'rewritten'"));
        Assert.True((await LedgerChainVerifier.VerifyAsync(roles.Silo)).Intact);
    }

    [Theory]
    [InlineData("DELETE FROM case_ledger WHERE case_id = $1", PostgresErrorCodes.IntegrityConstraintViolation)]
    // Through the view the view's owner (the migration role) is checked, who holds no DELETE: refused before the trigger.
    [InlineData("DELETE FROM ledger WHERE receipt_number = $1", Refused)]
    [InlineData("TRUNCATE case_ledger", PostgresErrorCodes.IntegrityConstraintViolation)]
    public async Task A_ledger_delete_or_truncate_is_refused_by_the_database(string sql, string superuserRefusal)
    {
        var (roles, superuser) = await CreateWithRolesAsync(db);
        var id = NewId();
        await WriteAsync(roles.Silo, id, 3);
        var args = sql.Contains("$1", StringComparison.Ordinal) ? new object[] { id } : Array.Empty<object>();

        foreach (var role in new[] { roles.Silo, roles.Gateway, roles.Migration })
        {
            Assert.Equal(Refused, await RefusalAsync(role, sql, args));
        }

        Assert.Equal(superuserRefusal, await RefusalAsync(superuser, sql, args));
        Assert.Equal(3L, await ScalarAsync<long>(superuser, "SELECT count(*) FROM case_ledger WHERE case_id = $1", id));
    }

    [Theory]
    [InlineData("UPDATE audit_event SET outcome = 'succeeded'")]
    [InlineData("DELETE FROM audit_event")]
    [InlineData("TRUNCATE audit_event")]
    public async Task The_audit_log_is_appended_to_by_the_gateway_and_rewritten_by_nobody(string sql)
    {
        var (roles, superuser) = await CreateWithRolesAsync(db);
        await ExecuteAsync(roles.Gateway, "INSERT INTO audit_event (occurred_at, actor_id, action, outcome) VALUES (now(), 'admin', 'sign-in', 'failed')");

        Assert.Equal(Refused, await RefusalAsync(roles.Gateway, sql));
        Assert.Equal(Refused, await RefusalAsync(roles.Migration, sql));
        Assert.Equal(Refused, await RefusalAsync(roles.Silo, sql));
        Assert.Equal(PostgresErrorCodes.IntegrityConstraintViolation, await RefusalAsync(superuser, sql));
        Assert.Equal("failed", await ScalarAsync<string>(roles.Gateway, "SELECT outcome FROM audit_event"));
    }

    [Theory]
    [InlineData("SELECT count(*) FROM case_record")]
    [InlineData("SELECT count(*) FROM case_ledger")]
    [InlineData("INSERT INTO case_ledger (kind, case_id, sequence, occurred_at, actor_id, point_code, action, status_after, changes) VALUES ('matter', 'x', 1, now(), 'a', 'p', 'forged', 'S', '[]')")]
    [InlineData("UPDATE case_record SET status = 'Completed'")]
    [InlineData("SELECT count(*) FROM orleansstorage")]
    [InlineData("DELETE FROM orleansmembershiptable")]
    [InlineData("DELETE FROM orleansreminderstable")]
    [InlineData("UPDATE orleansquery SET querytext = ''")]
    [InlineData("CREATE TABLE gateway_made (x int)")]
    [InlineData("CREATE TEMPORARY TABLE gateway_scratch (x int)")]
    [InlineData("ALTER TABLE clerk_account ADD COLUMN extra text")]
    [InlineData("DROP TABLE idempotency_key")]
    public async Task The_gateway_role_cannot_touch_cases_the_ledger_or_grain_state_nor_change_the_schema(string sql)
    {
        var (roles, _) = await CreateWithRolesAsync(db);
        Assert.Equal(Refused, await RefusalAsync(roles.Gateway, sql));
    }

    [Theory]
    [InlineData("SELECT count(*) FROM clerk_account")]
    [InlineData("SELECT count(*) FROM clerk_session")]
    [InlineData("SELECT count(*) FROM data_protection_key")]
    [InlineData("SELECT count(*) FROM audit_event")]
    [InlineData("UPDATE idempotency_key SET response_body = NULL")]
    [InlineData("DELETE FROM idempotency_key")]
    [InlineData("DELETE FROM case_record")]
    [InlineData("CREATE TABLE silo_made (x int)")]
    [InlineData("DROP TABLE case_ledger")]
    public async Task The_silo_role_cannot_read_accounts_sessions_or_keys_nor_change_the_schema(string sql)
    {
        var (roles, _) = await CreateWithRolesAsync(db);
        Assert.Equal(Refused, await RefusalAsync(roles.Silo, sql));
    }

    [Fact]
    public async Task The_gateway_role_does_what_the_gateway_does()
    {
        var (roles, _) = await CreateWithRolesAsync(db);
        await ExecuteAsync(roles.Gateway, "INSERT INTO clerk_account (id, display_name, role, point_code, password_hash) VALUES ('c-1', '王五', 'WindowClerk', '510682101', 'x')");
        await ExecuteAsync(roles.Gateway, "UPDATE clerk_account SET disabled = true WHERE id = 'c-1'");
        await ExecuteAsync(roles.Gateway, "INSERT INTO clerk_session (id, clerk_id, kind, security_stamp, created_at, expires_at) VALUES (gen_random_uuid(), 'c-1', 'cookie', 's', now(), now())");
        await ExecuteAsync(roles.Gateway, "DELETE FROM clerk_session WHERE clerk_id = 'c-1'");
        await ExecuteAsync(roles.Gateway, "INSERT INTO idempotency_key (clerk_id, idempotency_key, method, route, request_hash, locked_until) VALUES ('c-1', 'k', 'POST', '/api/x', 'h', now())");
        await ExecuteAsync(roles.Gateway, "UPDATE idempotency_key SET status_code = 200 WHERE clerk_id = 'c-1'");
        await ExecuteAsync(roles.Gateway, "DELETE FROM idempotency_key WHERE clerk_id = 'c-1'");
        await ExecuteAsync(roles.Gateway, "INSERT INTO data_protection_key (friendly_name, xml) VALUES ('k', '<key/>')");
        Assert.Equal(0L, await ScalarAsync<long>(roles.Gateway, "SELECT count(*) FROM orleansmembershiptable"));
        Assert.True(await ScalarAsync<long>(roles.Gateway, "SELECT count(*) FROM orleansquery") > 0);
    }

    [Fact]
    public async Task The_schema_belongs_to_the_migration_role_which_runs_the_scripts_again_on_every_start()
    {
        var (roles, superuser) = await CreateWithRolesAsync(db);
        await WriteAsync(roles.Silo, NewId(), 2);

        await DatabaseMigrator.MigrateAsync(roles.Migration, NullLogger.Instance);

        Assert.Equal(0L, await ScalarAsync<long>(
            superuser,
            "SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'v') AND relowner <> (SELECT oid FROM pg_roles WHERE rolname = $1)",
            DatabaseRoles.Migration));
        Assert.False(await ScalarAsync<bool>(superuser, "SELECT rolsuper OR rolcreaterole OR rolcreatedb FROM pg_roles WHERE rolname = $1", DatabaseRoles.Migration));
        Assert.True((await LedgerChainVerifier.VerifyAsync(roles.Silo)).Intact);
    }

    [Fact]
    public async Task A_database_an_earlier_build_migrated_as_the_superuser_is_handed_to_the_migration_role()
    {
        var superuser = await db.CreateDatabaseAsync();
        var id = NewId();
        await WriteAsync(superuser, id, 2);

        var roles = await DatabaseRoles.EnsureAsync(superuser, DatabaseRolePasswords.Generate());
        await DatabaseMigrator.MigrateAsync(roles.Migration, NullLogger.Instance);
        await WriteAsync(roles.Silo, NewId(), 2);

        Assert.Equal(DatabaseRoles.Migration, await ScalarAsync<string>(superuser, "SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'case_ledger'::regclass"));
        Assert.Equal(2L, await ScalarAsync<long>(roles.Silo, "SELECT count(*) FROM case_ledger WHERE case_id = $1", id));
        Assert.True((await LedgerChainVerifier.VerifyAsync(roles.Silo)).Intact);
    }
}
