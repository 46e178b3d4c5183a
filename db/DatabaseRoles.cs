using System.Text.RegularExpressions;
using Npgsql;

namespace Network.Database;

/// <summary>
/// The PostgreSQL roles of the processes (issue 14, least privilege): <see cref="Migration"/> owns
/// the schema and runs the scripts; <see cref="Silo"/> and <see cref="Gateway"/> hold only what
/// their process needs, granted by <c>107_roles_and_ledger_chain.sql</c>. <see cref="EnsureAsync"/>
/// makes them login roles with the given passwords and hands the schema to the migration role:
/// what the embedded server does at every start, and what a DBA does once by hand.
/// </summary>
public static partial class DatabaseRoles
{
    /// <summary>Owns the database's schema and objects; runs the migrations. Never a process's everyday role.</summary>
    public const string Migration = "network_migration";

    /// <summary>The silos: Orleans' tables, cases and their ledger (append only), request keys recorded with a case.</summary>
    public const string Silo = "network_silo";

    /// <summary>The gateways: accounts, sessions, the audit log (append only), idempotency keys, the Orleans gateway list.</summary>
    public const string Gateway = "network_gateway";

    /// <summary>The three roles, in the order their passwords are given.</summary>
    public static IReadOnlyList<string> All { get; } = [Migration, Silo, Gateway];

    /// <summary>
    /// Through <paramref name="superuserConnectionString"/> (a superuser on the application's
    /// database): creates or updates the three login roles with these passwords (no superuser, no
    /// role or database creation), makes the migration role the owner of the database, of its
    /// <c>public</c> schema and of every object in it the superuser owns (a database migrated by an
    /// earlier build). Returns each role's connection string (the superuser's with another user and password).
    /// </summary>
    public static async Task<DatabaseRoleConnections> EnsureAsync(string superuserConnectionString, DatabaseRolePasswords passwords, CancellationToken cancellationToken = default)
    {
        // Not pooled: no superuser connection idles on in the process afterwards.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(superuserConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        foreach (var (role, password) in All.Zip(new[] { passwords.Migration, passwords.Silo, passwords.Gateway }))
        {
            // CREATE/ALTER ROLE take no parameters: a password is checked to be plain characters first.
            if (!PlainPassword().IsMatch(password))
            {
                throw new ArgumentException($"The password of {role} must be 16-128 characters of A-Z, a-z, 0-9, '-' and '_'.", nameof(passwords));
            }

            const string attributes = "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS";
            await ExecuteAsync(
                connection,
                $"""
                DO $$
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN
                        BEGIN
                            CREATE ROLE {role} {attributes} PASSWORD '{password}';
                        EXCEPTION WHEN duplicate_object OR unique_violation THEN
                            NULL;
                        END;
                    END IF;
                    ALTER ROLE {role} {attributes} PASSWORD '{password}';
                END
                $$
                """,
                cancellationToken);
        }

        await ExecuteAsync(
            connection,
            $$"""
            DO $$
            DECLARE
                o record;
            BEGIN
                EXECUTE format('ALTER DATABASE %I OWNER TO {{Migration}}', current_database());
                ALTER SCHEMA public OWNER TO {{Migration}};
                -- Tables, views and free-standing sequences (a column's sequence follows its table).
                FOR o IN
                    SELECT c.relname, c.relkind
                    FROM pg_class c
                    WHERE c.relnamespace = 'public'::regnamespace
                      AND c.relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
                      AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                      AND NOT EXISTS (SELECT 1 FROM pg_depend d
                                      WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i'))
                LOOP
                    EXECUTE format('ALTER %s %I OWNER TO {{Migration}}',
                        CASE o.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END,
                        o.relname);
                END LOOP;
                FOR o IN
                    SELECT p.oid::regprocedure AS signature
                    FROM pg_proc p
                    WHERE p.pronamespace = 'public'::regnamespace
                      AND p.proowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
                LOOP
                    EXECUTE format('ALTER ROUTINE %s OWNER TO {{Migration}}', o.signature);
                END LOOP;
            END
            $$
            """,
            cancellationToken);

        return new DatabaseRoleConnections(
            For(superuserConnectionString, Migration, passwords.Migration),
            For(superuserConnectionString, Silo, passwords.Silo),
            For(superuserConnectionString, Gateway, passwords.Gateway));
    }

    /// <summary>The connection string of <paramref name="role"/>: <paramref name="connectionString"/> with that user and password.</summary>
    public static string For(string connectionString, string role, string password) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Username = role, Password = password, Pooling = true }.ConnectionString;

    [GeneratedRegex("^[A-Za-z0-9_-]{16,128}$")]
    private static partial Regex PlainPassword();

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
