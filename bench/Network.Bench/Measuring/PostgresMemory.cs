using System.Globalization;

namespace Network.Bench.Measuring;

/// <summary>
/// The PostgreSQL server's memory: the proportional set size (<c>Pss</c> of
/// <c>/proc/PID/smaps_rollup</c>) of the postmaster and its children (backends, background
/// workers) added up. Pss shares each shared page (shared_buffers) among the processes mapping it,
/// so the sum counts the shared buffers once, unlike a sum of resident sets.
/// </summary>
public static class PostgresMemory
{
    /// <summary>The server's Pss in bytes now; null off Linux or when the postmaster cannot be read.</summary>
    public static long? ProportionalBytes(int postmasterPid)
    {
        if (!OperatingSystem.IsLinux() || !File.Exists($"/proc/{postmasterPid}/smaps_rollup"))
        {
            return null;
        }

        long total = 0;
        foreach (var pid in ResourceSample.Meter.ChildrenOf(postmasterPid).Prepend(postmasterPid))
        {
            total += PssKiB(pid) * 1024;
        }

        return total;
    }

    private static long PssKiB(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/smaps_rollup").FirstOrDefault(l => l.StartsWith("Pss:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line["Pss:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0; // the backend ended while we looked
        }
    }
}
