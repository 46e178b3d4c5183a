namespace Network.Grains.Live;

/// <summary>How live status is batched and rolled up (configuration section <c>Network:Live</c>).</summary>
public sealed class LiveStatusOptions
{
    /// <summary>How long a silo's publisher gathers changes before sending one batch to each gateway.</summary>
    public TimeSpan PublishDelay { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// How often the city recomputes its rolled-up load, at most; townships and villages roll up
    /// three times as often, so the city's figures are at most 1⅔ intervals behind a change.
    /// </summary>
    public TimeSpan RollUpInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>A gateway that has not renewed its registration for this long is dropped.</summary>
    public TimeSpan RegistrationLifetime { get; set; } = TimeSpan.FromMinutes(2);
}
