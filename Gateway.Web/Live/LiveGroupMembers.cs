using Microsoft.AspNetCore.SignalR;

namespace Network.Gateway.Live;

/// <summary>
/// How many of this gateway's connections are in each live group (counted by
/// <see cref="LiveHubLifetimeManager"/>: joins, leaves, disconnects), and what the silos'
/// publishers know of it. The gateway tells the publishers its set of groups with members
/// (<see cref="LiveStatusRegistration"/>, one call at a time, each carrying the whole set: changes
/// made while one travels go together in the next), and they send it only messages naming one of
/// them. A join of a group the publishers may not have waits until a set holding it has reached
/// every publisher, so a screen gets every change published after its join returned. Errs on "has
/// members": a group is counted before its connection is added and uncounted after it is removed,
/// and a group a publisher may still have stays in <see cref="Known"/> until a set without it arrived.
/// </summary>
public sealed class LiveGroupMembers
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _members = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _connections = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _changed = new(0);

    // The groups every publisher surely has (sets that reached them all, intersected with any whose fate is unknown).
    private HashSet<string> _known = new(StringComparer.Ordinal);
    private Round? _sending;
    private Round _next = new();
    private bool _dirty;
    private long _version;
    private bool _closed;

    /// <summary>Whether a connection of this gateway is (or is being) in <paramref name="group"/>.</summary>
    public bool Has(string group)
    {
        lock (_gate)
        {
            return _members.ContainsKey(group);
        }
    }

    /// <summary>The groups the publishers surely know of (for tests and diagnostics).</summary>
    public IReadOnlyCollection<string> Known
    {
        get
        {
            lock (_gate)
            {
                return _known.ToArray();
            }
        }
    }

    /// <summary>
    /// Counts the connection in the group; the task completes once every publisher sends this
    /// gateway the group's messages (at once when they already do), or fails with a
    /// <see cref="HubException"/> when the set could not be told.
    /// </summary>
    public Task Join(string connectionId, string group)
    {
        lock (_gate)
        {
            if (!_connections.TryGetValue(connectionId, out var groups))
            {
                // Not connected (or gone already): SignalR adds it to no group either.
                return Task.CompletedTask;
            }

            if (groups.Add(group))
            {
                _members[group] = _members.GetValueOrDefault(group) + 1;
            }

            if (_known.Contains(group) && (_sending is null || _sending.Groups.Contains(group)))
            {
                return Task.CompletedTask;
            }

            if (_closed)
            {
                return Task.FromException(new HubException("The gateway is stopping."));
            }

            Changed();
            return _next.Told.Task;
        }
    }

    /// <summary>A connection opened: it may join groups from now on.</summary>
    public void Connected(string connectionId)
    {
        lock (_gate)
        {
            _connections.TryAdd(connectionId, new(StringComparer.Ordinal));
        }
    }

    /// <summary>The connection left the group (the publishers hear of it with the next set).</summary>
    public void Leave(string connectionId, string group)
    {
        lock (_gate)
        {
            if (_connections.TryGetValue(connectionId, out var groups) && groups.Remove(group))
            {
                Uncount(group);
            }
        }
    }

    /// <summary>The connection is gone, and with it its place in every group.</summary>
    public void Disconnected(string connectionId)
    {
        lock (_gate)
        {
            if (_connections.Remove(connectionId, out var groups))
            {
                foreach (var group in groups)
                {
                    Uncount(group);
                }
            }
        }
    }

    /// <summary>The next set to tell the publishers: every group with members now.</summary>
    internal Round Take()
    {
        lock (_gate)
        {
            _dirty = false;
            var round = _next;
            round.Version = ++_version;
            round.Groups = _members.Keys.ToHashSet(StringComparer.Ordinal);
            _sending = round;
            _next = new Round();
            return round;
        }
    }

    /// <summary>The set reached every publisher: joins waiting for it return.</summary>
    internal void Told(Round round)
    {
        lock (_gate)
        {
            _known = round.Groups;
            _sending = null;
        }

        round.Told.TrySetResult();
    }

    /// <summary>The set may or may not have arrived: only groups in it and in the known set are surely known; its joins fail.</summary>
    internal void Failed(Round round)
    {
        lock (_gate)
        {
            _known.IntersectWith(round.Groups);
            _sending = null;
        }

        round.Told.TrySetException(new HubException("Live status is not reachable just now; watch again."));
    }

    /// <summary>Waits until the set changed since it was last taken, or <paramref name="timeout"/> passed (then it is renewed as it is).</summary>
    internal Task<bool> ChangedAsync(TimeSpan timeout, CancellationToken cancellationToken) => _changed.WaitAsync(timeout, cancellationToken);

    /// <summary>The gateway stops: joins still waiting fail.</summary>
    internal void Close()
    {
        Round next;
        lock (_gate)
        {
            _closed = true;
            next = _next;
        }

        next.Told.TrySetException(new HubException("The gateway is stopping."));
    }

    private void Uncount(string group)
    {
        if (_members[group] > 1)
        {
            _members[group]--;
            return;
        }

        _members.Remove(group);
        Changed();
    }

    private void Changed()
    {
        if (!_dirty)
        {
            _dirty = true;
            _changed.Release();
        }
    }

    /// <summary>One set told to the publishers, and the joins waiting for it.</summary>
    internal sealed class Round
    {
        public long Version { get; set; }

        public HashSet<string> Groups { get; set; } = [];

        public TaskCompletionSource Told { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
