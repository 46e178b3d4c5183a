namespace Network.Grains.Live;

/// <summary>How live status is batched and rolled up (configuration section <c>Network:Live</c>).</summary>
public sealed class LiveStatusOptions
{
    /// <summary>How long a silo's publisher gathers changes before sending one batch to each gateway.</summary>
    public TimeSpan PublishDelay { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// How often a point recomputes and rolls its load up to its parent, at most. Each tier adds at
    /// most this much to the city's staleness.
    /// </summary>
    public TimeSpan RollUpInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>A gateway that has not renewed its registration for this long is dropped.</summary>
    public TimeSpan RegistrationLifetime { get; set; } = TimeSpan.FromMinutes(2);
}
