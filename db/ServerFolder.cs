using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Network.Database;

/// <summary>
/// The folder a local server keeps its data, socket and log in: the configured one when the
/// server's user can reach it, otherwise a folder of that user's own keyed by the configured
/// folder's absolute path (so two checkouts never share one, and a checkout finds its data again).
/// </summary>
internal static class ServerFolder
{
    /// <summary>Name of the note left in an unreachable configured folder, saying where the server went.</summary>
    public const string RelocationNote = "RELOCATED.txt";

    /// <summary>Name of the note in a fallback folder, saying which configured folder it stands in for.</summary>
    public const string OriginNote = "ORIGIN.txt";

    /// <summary>Creates (if needed) and returns the folder the server will use, checked to be reachable by its user.</summary>
    public static async Task<string> ResolveAsync(LocalPostgresOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        var configured = Path.GetFullPath(options.RootDirectory);
        Directory.CreateDirectory(configured);
        await HandToServerUserAsync(configured, logger, cancellationToken);
        if (await ServerUserCommand.CanUseAsync(configured, logger, cancellationToken))
        {
            return configured;
        }

        var fallbackBase = options.FallbackBaseDirectory
            ?? (ServerUserCommand.IsRoot ? "/var/lib/network-postgres" : Path.Combine(Path.GetTempPath(), $"network-postgres-{Environment.UserName}"));
        var fallback = Path.Combine(Path.GetFullPath(fallbackBase), KeyOf(configured));
        Directory.CreateDirectory(fallback);
        await File.WriteAllTextAsync(Path.Combine(fallback, OriginNote), configured + "\n", cancellationToken);
        await HandToServerUserAsync(fallback, logger, cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(fallback, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        if (!await ServerUserCommand.CanUseAsync(fallback, logger, cancellationToken))
        {
            throw new LocalPostgresStartException(
                $"Neither {configured} nor {fallback} is reachable by the '{ServerUserCommand.ServerUser}' user PostgreSQL runs as; configure a folder that user can enter and write.");
        }

        try
        {
            await File.WriteAllTextAsync(
                Path.Combine(configured, RelocationNote),
                $"The '{ServerUserCommand.ServerUser}' user cannot reach this folder; the PostgreSQL server of this folder keeps its data, socket and log in:\n{fallback}\n",
                cancellationToken);
        }
        catch (UnauthorizedAccessException)
        {
            // A note only; the log names the folder too.
        }

        logger.LogWarning(
            "The '{User}' user the embedded PostgreSQL runs as cannot reach {Configured} (a folder above it is closed to that user); using {Fallback} instead",
            ServerUserCommand.ServerUser, configured, fallback);
        return fallback;
    }

    /// <summary>12 hex digits of the SHA-256 of the absolute path: the fallback folder's name.</summary>
    public static string KeyOf(string absolutePath) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(absolutePath)))[..12];

    private static async Task HandToServerUserAsync(string folder, ILogger logger, CancellationToken cancellationToken)
    {
        if (ServerUserCommand.IsRoot)
        {
            await ServerUserCommand.RunAsync("chown", ["-R", "postgres:postgres", folder], asServerUser: false, logger, cancellationToken);
        }
    }
}
