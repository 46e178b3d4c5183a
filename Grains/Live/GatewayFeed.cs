using Network.Grains.Interfaces.Live;

namespace Network.Grains.Live;

/// <summary>
/// What a silo still has to send one gateway: the messages published since its last batch, in
/// order, a message with a <see cref="LiveMessage.ReplaceKey"/> replacing the waiting one with the
/// same key in place (only a point's latest load or hall matters). Not thread-safe: the publisher
/// holds its lock around every call. It takes only messages naming a group its gateway wants
/// (<see cref="Wants(LiveMessage)"/>); until the gateway has said which, every message.
/// </summary>
internal sealed class GatewayFeed(ILiveStatusObserver observer)
{
    private readonly List<LiveMessage> _waiting = [];
    private readonly Dictionary<string, int> _replaceable = new(StringComparer.Ordinal);

    private HashSet<string>? _groups;

    public ILiveStatusObserver Observer => observer;

    /// <summary>The groups the gateway has members for, as the hub last told; null: every group.</summary>
    public void Want(IReadOnlyList<string>? groups) => _groups = groups?.ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether the message names a group the gateway wants (any message when it has not said).</summary>
    public bool Wants(LiveMessage message)
    {
        if (_groups is not { } groups)
        {
            return true;
        }

        foreach (var group in message.Groups)
        {
            if (groups.Contains(group))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Batches on their way to the gateway (or about to be), not yet answered.</summary>
    public int InFlight { get; set; }

    /// <summary>
    /// The last call to the gateway was answered: the silo has its address, so a second batch sent
    /// now is not addressed ahead of the first. Until then (a new feed, or after a failed call) one
    /// batch travels at a time.
    /// </summary>
    public bool Proven { get; set; }

    /// <summary>The gateway left the list: nothing more is sent to it.</summary>
    public bool Closed { get; private set; }

    public int Waiting => _waiting.Count;

    /// <summary>Adds a message; past <paramref name="max"/> waiting messages, what waits is dropped first and its count returned.</summary>
    public int Add(LiveMessage message, int max)
    {
        var dropped = 0;
        if (_waiting.Count >= max)
        {
            dropped = _waiting.Count;
            _waiting.Clear();
            _replaceable.Clear();
        }

        if (message.ReplaceKey is { } key)
        {
            if (_replaceable.TryGetValue(key, out var at))
            {
                _waiting[at] = message;
                return dropped;
            }

            _replaceable[key] = _waiting.Count;
        }

        _waiting.Add(message);
        return dropped;
    }

    /// <summary>The next batch (at most <paramref name="max"/> messages, oldest first), or null when nothing waits or the feed is closed.</summary>
    public LiveMessage[]? Take(int max)
    {
        if (Closed || _waiting.Count == 0)
        {
            return null;
        }

        var count = Math.Min(max, _waiting.Count);
        var batch = _waiting.GetRange(0, count).ToArray();
        _waiting.RemoveRange(0, count);
        _replaceable.Clear();
        for (var i = 0; i < _waiting.Count; i++)
        {
            if (_waiting[i].ReplaceKey is { } key)
            {
                _replaceable[key] = i;
            }
        }

        return batch;
    }

    public void Close()
    {
        Closed = true;
        _waiting.Clear();
        _replaceable.Clear();
    }
}
