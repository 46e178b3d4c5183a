using Network.ServiceDefaults;

namespace Network.Bench.Measuring;

/// <summary>
/// One process's garbage-collector pauses in a measured window: how many blocking collections of
/// each generation, how many pauses of background (gen 2) collections (two each: their start and
/// end), the time the process was paused in all (ms, and as a share of the window), the longest
/// pause with its generation, and the most that survived one collection.
/// </summary>
public sealed record GcSummary(
    int Gen0,
    int Gen1,
    int Gen2Blocking,
    int BackgroundPauses,
    double PausedMs,
    double PausedPercent,
    double LongestMs,
    int LongestGeneration,
    double MostSurvivedMb)
{
    public static GcSummary Of(IReadOnlyList<GcPause> pauses, double seconds)
    {
        var longest = pauses.MaxBy(p => p.PauseMs);
        var paused = pauses.Sum(p => p.PauseMs);
        return new GcSummary(
            pauses.Count(p => !p.Background && p.Generation == 0),
            pauses.Count(p => !p.Background && p.Generation == 1),
            pauses.Count(p => !p.Background && p.Generation == 2),
            pauses.Count(p => p.Background),
            Math.Round(paused, 1),
            seconds > 0 ? Math.Round(paused / 10 / seconds, 2) : 0,
            Math.Round(longest?.PauseMs ?? 0, 1),
            longest?.Generation ?? -1,
            Math.Round(pauses.Select(p => p.SurvivedBytes).DefaultIfEmpty().Max() / 1048576.0, 1));
    }

    public override string ToString() =>
        $"gen0 {Gen0}, gen1 {Gen1}, gen2 {Gen2Blocking} (+{BackgroundPauses} background pauses), paused {PausedMs:0} ms ({PausedPercent:0.##} %), longest {LongestMs:0.#} ms (gen{LongestGeneration}), most survived {MostSurvivedMb:0.#} MB";
}
