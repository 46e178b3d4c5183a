using Network.Bench.Measuring;

namespace Network.Bench.Reports;

/// <summary>A report read many times over a range of periods: its latency.</summary>
public static class StatisticsLatency
{
    /// <param name="Name">e.g. <c>city-month</c>.</param>
    /// <param name="Reads">How many reads were timed (after one untimed read of each period).</param>
    /// <param name="Sample">Figures of one read, to show the report counted the data.</param>
    public sealed record Result(string Name, string Path, int Reads, LatencySummary Latency, IReadOnlyDictionary<string, long> Sample);
}
