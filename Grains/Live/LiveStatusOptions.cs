namespace Network.Grains.Live;

/// <summary>How live status is sent and rolled up (configuration section <c>Network:Live</c>).</summary>
public sealed class LiveStatusOptions
{
    /// <summary>
    /// How far behind a change the city monitor's rolled-up figures may be, at most, at full load
    /// (the monitor's promise). The tiers share it (<see cref="RollUpSchedule"/>): villages and
    /// townships pass a change up within a tenth of it, the city recomputes at most twice per interval.
    /// </summary>
    public TimeSpan RollUpInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>A gateway (or a silo's publisher) that has not renewed its registration for this long is dropped.</summary>
    public TimeSpan RegistrationLifetime { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The most live messages a silo keeps for one gateway that has not yet taken the previous batch;
    /// past it the waiting messages are dropped (a gateway that stopped answering must not fill the silo).
    /// </summary>
    public int MaxQueuedPerGateway { get; set; } = 20_000;

    /// <summary>The most messages in one batch to a gateway.</summary>
    public int MaxBatch { get; set; } = 512;

    /// <summary>
    /// The most batches on their way to one gateway at once (sent, not yet answered). With one, every
    /// message published while a batch travels waited for its whole round trip (the answer's way
    /// back and the silo's continuation included); with two, the next batch leaves while the previous
    /// one's answer is on its way back. A gateway takes one silo's batches one at a time, in the
    /// order they were sent; a feed sends one at a time until its gateway has answered a call.
    /// </summary>
    public int MaxBatchesInFlight { get; set; } = 2;
}
