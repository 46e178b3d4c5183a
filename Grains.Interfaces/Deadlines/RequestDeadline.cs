using Orleans.Runtime;

namespace Network.Grains.Interfaces.Deadlines;

/// <summary>
/// The end-to-end budget of the request a grain call serves, carried in Orleans'
/// <see cref="RequestContext"/> under <see cref="Key"/> as what is <em>left</em> of it when the
/// call leaves the gateway (ticks of a <see cref="TimeSpan"/>), not as an instant: each host turns
/// it into a deadline on its own clock, so clocks that differ between hosts cannot make every
/// write look late (or never late). It travels with every call made on the request's behalf, and
/// the write path refuses work whose caller has stopped waiting.
/// </summary>
public static class RequestDeadline
{
    /// <summary>The <see cref="RequestContext"/> key: the remaining budget as <see cref="TimeSpan.Ticks"/> (a long).</summary>
    public const string Key = "network.budget";

    /// <summary>
    /// The deadline of the call being served on this host's <paramref name="clock"/>: now plus the
    /// budget left when the caller sent it (generous by the time spent since it arrived), or null
    /// when its caller named none.
    /// </summary>
    public static DateTimeOffset? On(TimeProvider clock) => After(RequestContext.Get(Key) as long?, clock);

    /// <summary>The deadline on <paramref name="clock"/> of a budget of <paramref name="ticks"/> left (as <see cref="Key"/> carries it): now plus it; null for none.</summary>
    public static DateTimeOffset? After(long? ticks, TimeProvider clock) =>
        ticks is { } left ? clock.GetUtcNow() + TimeSpan.FromTicks(left) : null;

    /// <summary>Names what is left of the budget for the grain calls made from here on in this async flow.</summary>
    public static void Set(TimeSpan remaining) => RequestContext.Set(Key, remaining.Ticks);
}
