namespace Network.Grains.Interfaces.Time;

/// <summary>China Standard Time (UTC+8, no daylight saving): the clock of every service point.</summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>
    /// Service key of the clock the rules of the trade read (deadlines, flags). It is separate
    /// from the <see cref="TimeProvider"/> Orleans itself runs on, so a test can move the trade's
    /// clock by days without the cluster's own timers noticing.
    /// </summary>
    public const string ClockKey = "network-clock";

    public static DateTimeOffset Now(TimeProvider time) => time.GetUtcNow().ToOffset(Offset);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(Now(time).DateTime);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);
}
