using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Network.Database;

/// <summary>
/// Runs a command as the user the local PostgreSQL server runs as: initdb and postgres refuse
/// to run as root, so as root every server command (and every check of what the server can
/// reach) runs as the <c>postgres</c> user through <c>runuser</c>; otherwise as this process's user.
/// </summary>
public static class ServerUserCommand
{
    /// <summary>True when this process runs as root, so server commands run as <see cref="ServerUser"/>.</summary>
    public static bool IsRoot => Environment.UserName == "root";

    /// <summary>The OS user the server runs as.</summary>
    public static string ServerUser => IsRoot ? "postgres" : Environment.UserName;

    /// <summary>Runs <paramref name="command"/>; as the server's user when <paramref name="asServerUser"/> and this process is root.</summary>
    public static async Task<int> RunAsync(
        string command,
        IReadOnlyList<string> arguments,
        bool asServerUser,
        ILogger logger,
        CancellationToken cancellationToken,
        bool throwOnError = true)
    {
        var (exitCode, output) = await ExecuteAsync(command, arguments, asServerUser, "/", throwOnError, cancellationToken);
        logger.LogDebug("{Command} exited with {ExitCode}: {Output}", Path.GetFileName(command), exitCode, output);
        return exitCode;
    }

    /// <summary>
    /// Runs <paramref name="command"/> in <paramref name="workingDirectory"/> (as the server's user
    /// when <paramref name="asServerUser"/> and this process is root) and returns its exit code and
    /// its standard output and error; a non-zero exit throws when <paramref name="throwOnError"/>.
    /// </summary>
    public static async Task<(int ExitCode, string Output)> ExecuteAsync(
        string command,
        IReadOnlyList<string> arguments,
        bool asServerUser,
        string workingDirectory,
        bool throwOnError,
        CancellationToken cancellationToken)
    {
        var asPostgres = asServerUser && IsRoot;
        var start = new ProcessStartInfo
        {
            FileName = asPostgres ? "runuser" : command,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        if (asPostgres)
        {
            foreach (var a in (string[])["-u", "postgres", "--", command])
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {command}.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var output = (await stdout + await stderr).Trim();
        if (process.ExitCode != 0 && throwOnError)
        {
            throw new InvalidOperationException($"{Path.GetFileName(command)} failed with exit code {process.ExitCode}: {output}");
        }

        return (process.ExitCode, output);
    }

    /// <summary>
    /// Whether the server's user can enter, list and write <paramref name="directory"/>: asked
    /// of that user itself (<c>test -r -w -x</c>), so every folder above it counts too.
    /// </summary>
    public static async Task<bool> CanUseAsync(string directory, ILogger logger, CancellationToken cancellationToken) =>
        await RunAsync("test", ["-r", directory, "-a", "-w", directory, "-a", "-x", directory], asServerUser: true, logger, cancellationToken, throwOnError: false) == 0;
}
