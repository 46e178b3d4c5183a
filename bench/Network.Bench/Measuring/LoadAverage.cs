namespace Network.Bench.Measuring;

/// <summary>The machine's load averages over 1, 5 and 15 minutes, as <c>uptime</c> shows them (<c>/proc/loadavg</c>).</summary>
public static class LoadAverage
{
    public static string? Now()
    {
        const string file = "/proc/loadavg";
        return File.Exists(file) ? string.Join(' ', File.ReadAllText(file).Split(' ').Take(3)) : null;
    }
}
