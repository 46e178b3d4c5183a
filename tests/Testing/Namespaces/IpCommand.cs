using Network.Database;

namespace Network.Testing.Namespaces;

/// <summary>Runs iproute2's <c>ip</c> (network namespaces, links, addresses) as this process's user.</summary>
public static class IpCommand
{
    private static readonly string[] Folders = ["/usr/sbin", "/sbin", "/usr/bin", "/bin"];

    /// <summary>The <c>ip</c> executable: found on PATH or in the usual folders; "ip" when there is none (starting it then fails).</summary>
    public static string Path { get; } = Find() ?? "ip";

    public static bool IsInstalled => Find() is not null;

    /// <summary>Runs <c>ip</c> with <paramref name="arguments"/> and returns its output; a non-zero exit throws with what it printed.</summary>
    public static async Task<string> RunAsync(params string[] arguments)
    {
        var (_, output) = await ServerUserCommand.ExecuteAsync(Path, arguments, asServerUser: false, "/", throwOnError: true, CancellationToken.None);
        return output;
    }

    /// <summary>Runs <c>ip</c> and reports whether it succeeded: for removing what may not be there.</summary>
    public static async Task<bool> TryRunAsync(params string[] arguments)
    {
        var (exitCode, _) = await ServerUserCommand.ExecuteAsync(Path, arguments, asServerUser: false, "/", throwOnError: false, CancellationToken.None);
        return exitCode == 0;
    }

    private static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Concat(Folders)
            .Select(folder => System.IO.Path.Combine(folder, "ip"))
            .FirstOrDefault(File.Exists);
}
