namespace Network.Grains.Live;

/// <summary>How live status is batched and rolled up (configuration section <c>Network:Live</c>).</summary>
public sealed class LiveStatusOptions
{
    /// <summary>
    /// How long a silo's publisher waits, after the first message of a batch, before sending the
    /// batch to each gateway. Zero (the default): no fixed delay — a batch is whatever was already
    /// queued when the publisher's next turn runs, so a lone change goes out at once and a busy
    /// silo still sends few, large batches.
    /// </summary>
    public TimeSpan PublishDelay { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// How often the city recomputes its rolled-up load, at most; townships and villages roll up
    /// three times as often, so the city's figures are at most 1⅔ intervals behind a change.
    /// </summary>
    public TimeSpan RollUpInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>A gateway that has not renewed its registration for this long is dropped.</summary>
    public TimeSpan RegistrationLifetime { get; set; } = TimeSpan.FromMinutes(2);
}
