using System.Threading.Channels;

namespace Network.Gateway.Idempotency;

/// <summary>
/// Idempotency-Keys whose release failed (the database did not answer when their request ended):
/// <see cref="IdempotencyReleaseService"/> retries each until the database answers again, so the
/// key is free for its retry at once instead of staying locked until its lease lapses. Bounded
/// (<see cref="Capacity"/>, the oldest dropped when full): a dropped key still frees itself when
/// its lease lapses.
/// </summary>
public sealed class IdempotencyReleaseQueue
{
    /// <summary>The most keys waiting for their release.</summary>
    public const int Capacity = 1024;

    private readonly Channel<PendingRelease> _pending = Channel.CreateBounded<PendingRelease>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    /// <summary>Queues the release of <paramref name="key"/> of <paramref name="clerkId"/>, worth trying until <paramref name="until"/> (when its lease lapses anyway).</summary>
    public void Enqueue(string clerkId, string key, DateTimeOffset until) =>
        _pending.Writer.TryWrite(new PendingRelease(clerkId, key, until));

    /// <summary>The queued releases, for the service that drains them.</summary>
    public ChannelReader<PendingRelease> Reader => _pending.Reader;
}
