using Microsoft.Extensions.Logging;
using Npgsql;

namespace Network.Database;

/// <summary>
/// The roles of <see cref="DatabaseRoles"/> on a <see cref="LocalPostgres"/> server: passwords
/// generated on the first start and kept in <c>credentials/</c> of the server's folder (one file
/// per role, readable by its owner only), so a restart and the run command's gateway find them;
/// and lines at the top of <c>pg_hba.conf</c> that make these roles sign in with their password
/// (SCRAM) over TCP. The superuser keeps the server's own rule (trust on the socket and loopback):
/// it is the embedded server's administrator, used by the silo only to set the roles up.
/// </summary>
public static class LocalPostgresRoles
{
    /// <summary>The folder, under the server's folder, holding one file per role with its password.</summary>
    public const string CredentialsFolder = "credentials";

    private const string HbaMarker = "# network: the application's roles sign in with their passwords";

    /// <summary>Sets the roles up on <paramref name="server"/>'s application database and returns their connection strings.</summary>
    public static async Task<DatabaseRoleConnections> EnsureRolesAsync(this LocalPostgres server, ILogger logger, CancellationToken cancellationToken = default)
    {
        var folder = Path.Combine(server.RootDirectory, CredentialsFolder);
        Directory.CreateDirectory(folder);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var passwords = new DatabaseRolePasswords(
            await PasswordAsync(folder, DatabaseRoles.Migration, cancellationToken),
            await PasswordAsync(folder, DatabaseRoles.Silo, cancellationToken),
            await PasswordAsync(folder, DatabaseRoles.Gateway, cancellationToken));
        await RequirePasswordsAsync(server, cancellationToken);
        var roles = await DatabaseRoles.EnsureAsync(server.ConnectionString, passwords, cancellationToken);
        logger.LogInformation(
            "PostgreSQL roles {Migration} (migrations), {Silo} (silos) and {Gateway} (gateways) ready; passwords in {Folder}",
            DatabaseRoles.Migration, DatabaseRoles.Silo, DatabaseRoles.Gateway, folder);
        return roles;
    }

    private static async Task<string> PasswordAsync(string folder, string role, CancellationToken cancellationToken)
    {
        var file = Path.Combine(folder, role);
        if (File.Exists(file))
        {
            return (await File.ReadAllTextAsync(file, cancellationToken)).Trim();
        }

        var password = DatabaseRolePasswords.NewPassword();
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using (var stream = new FileStream(file, options))
        await using (var writer = new StreamWriter(stream))
        {
            await writer.WriteAsync(password);
        }

        return password;
    }

    private static async Task RequirePasswordsAsync(LocalPostgres server, CancellationToken cancellationToken)
    {
        var hba = Path.Combine(server.DataDirectory, "pg_hba.conf");
        var text = await File.ReadAllTextAsync(hba, cancellationToken);
        if (text.Contains(HbaMarker, StringComparison.Ordinal))
        {
            return;
        }

        // The first matching line wins: these come before initdb's trust lines.
        var roles = string.Join(',', DatabaseRoles.All);
        var lines = $"{HbaMarker} (SCRAM over TCP)\nhost all {roles} 0.0.0.0/0 scram-sha-256\nhost all {roles} ::/0 scram-sha-256\n";
        await File.WriteAllTextAsync(hba, lines + text, cancellationToken);
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server.ConnectionStringFor("postgres")) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var reload = new NpgsqlCommand("SELECT pg_reload_conf()", connection);
        await reload.ExecuteNonQueryAsync(cancellationToken);
    }
}
