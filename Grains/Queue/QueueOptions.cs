namespace Network.Grains.Queue;

/// <summary>How the hall's queue runs (configuration section <c>Network:Queue</c>).</summary>
public sealed class QueueOptions
{
    public const string Section = "Network:Queue";

    /// <summary>A called ticket may be marked a no-show (过号) once it has been called this many times.</summary>
    public int NoShowAfterCalls { get; set; } = 3;

    /// <summary>Minutes a citizen is served, for the estimated wait, until a window has served someone today.</summary>
    public int DefaultServiceMinutes { get; set; } = 5;

    /// <summary>
    /// The hall's board (people waiting per window, the latest calls) is sent, and the point told its
    /// waiting figures (排队), at most once per this interval per point, the latest; calls themselves
    /// go at once, each on its own. Half a second: the live roll-up's interval (<c>Network:Live:RollUpInterval</c>).
    /// </summary>
    public TimeSpan BoardInterval { get; set; } = TimeSpan.FromMilliseconds(500);
}
