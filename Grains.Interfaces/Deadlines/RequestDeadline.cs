using Orleans.Runtime;

namespace Network.Grains.Interfaces.Deadlines;

/// <summary>
/// The end-to-end deadline of the request a grain call serves, carried in Orleans'
/// <see cref="RequestContext"/> under <see cref="Key"/> as UTC ticks. The gateway sets it before
/// each grain call (the request's budget); it travels with every call made on the request's
/// behalf, and the write path refuses work whose caller has stopped waiting.
/// </summary>
public static class RequestDeadline
{
    /// <summary>The <see cref="RequestContext"/> key: the deadline as <see cref="DateTimeOffset.UtcTicks"/> (a long).</summary>
    public const string Key = "network.deadline";

    /// <summary>The deadline of the call being served, or null when its caller named none.</summary>
    public static DateTimeOffset? Current =>
        RequestContext.Get(Key) is long ticks ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    /// <summary>Names <paramref name="deadline"/> for the grain calls made from here on in this async flow.</summary>
    public static void Set(DateTimeOffset deadline) => RequestContext.Set(Key, deadline.UtcTicks);
}
