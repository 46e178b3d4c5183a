using System.Diagnostics;

namespace Network.Bench.Measuring;

/// <summary>Stopwatch ticks of the bench process's one clock.</summary>
public static class Ticks
{
    public static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
