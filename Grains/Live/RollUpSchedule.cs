using Network.Grains.Interfaces.Network;

namespace Network.Grains.Live;

/// <summary>
/// When a point rolls its load up, so that the city's picture is at most one
/// <see cref="LiveStatusOptions.RollUpInterval"/> behind a change even while every tier is busy.
/// Each tier rolls up at once after a quiet spell of its own interval (a lone change goes straight
/// up) and otherwise at the end of it, carrying every change since. The tiers share the promised
/// interval: a village and a township each hold a change for at most a tenth of it, the city for at
/// most half, so the chain adds at most 0.7 of the interval and leaves the rest for the messages
/// themselves (the publisher, the gateway, SignalR). The city is the tier people watch and the one
/// point per city, so it is also the cheapest to roll up often.
/// </summary>
public static class RollUpSchedule
{
    /// <summary>The shortest time between two roll-ups of a point of <paramref name="tier"/>.</summary>
    public static TimeSpan Interval(Tier tier, TimeSpan promised) =>
        tier == Tier.City ? promised / 2 : promised / 10;

    /// <summary>The most a change can wait in the tiers from a village up to the city.</summary>
    public static TimeSpan ChainBound(TimeSpan promised) =>
        Interval(Tier.Village, promised) + Interval(Tier.Township, promised) + Interval(Tier.City, promised);

    /// <summary>How long a point that last rolled up <paramref name="sinceLast"/> ago waits before the next roll-up.</summary>
    public static TimeSpan Delay(Tier tier, TimeSpan promised, TimeSpan sinceLast)
    {
        var interval = Interval(tier, promised);
        return sinceLast >= interval ? TimeSpan.Zero : interval - sinceLast;
    }
}
