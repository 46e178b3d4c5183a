using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Network.Grains.Interfaces.Live;

namespace Network.Grains.Live;

/// <summary>
/// The silo's one publisher of live status (a singleton of the silo, not a grain): matters and
/// points hand it messages with a method call, nothing waits on it, and it keeps one feed per
/// gateway. A feed with fewer than <see cref="LiveStatusOptions.MaxBatchesInFlight"/> batches
/// unanswered sends at once; while it waits for its gateway's answers, what is published queues,
/// and the next batch is everything that queued — no timer, no fixed delay. The gateway list is
/// pushed to it by the hub (<see cref="ILivePublisherDirectory"/>), so no grain is asked anything
/// on the path of a change. Messages pass through as they are: the publisher knows no kinds. A
/// gateway gets only the messages naming a group it has members for (its entry in the list); one
/// that has not said which gets everything.
/// </summary>
public sealed class LiveStatusPublisher(IGrainFactory grains, IOptions<LiveStatusOptions> options, ILogger<LiveStatusPublisher> logger)
    : ILiveGatewayListObserver, ILifecycleParticipant<ISiloLifecycle>, IDisposable
{
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(1);
    private readonly Lock _gate = new();
    private readonly Dictionary<ILiveStatusObserver, GatewayFeed> _feeds = [];
    private readonly string _id = Guid.NewGuid().ToString("N");
    private readonly CancellationTokenSource _stopping = new();

    // Until the hub has answered once, messages wait here (a gateway may already be registered).
    private List<LiveMessage>? _beforeFirstList = [];
    private ILiveGatewayListObserver? _reference;
    private Task _subscription = Task.CompletedTask;
    private int _disposed;

    // The version of the gateway list applied last (lists older than it are ignored).
    private long _version = long.MinValue;

    /// <summary>
    /// Queues messages for every gateway, in order and together: what one publisher hands over in
    /// one call goes in the same batch (one "live" message per group at the gateway) unless a batch
    /// fills up between them. Never blocks on a gateway.
    /// </summary>
    public void Publish(params ReadOnlySpan<LiveMessage> messages)
    {
        List<GatewayFeed>? idle = null;
        var dropped = 0;
        lock (_gate)
        {
            if (_beforeFirstList is { } early)
            {
                foreach (var message in messages)
                {
                    if (early.Count < options.Value.MaxQueuedPerGateway)
                    {
                        early.Add(message);
                    }
                }

                return;
            }

            foreach (var feed in _feeds.Values)
            {
                var added = false;
                foreach (var message in messages)
                {
                    if (feed.Wants(message))
                    {
                        dropped += feed.Add(message, options.Value.MaxQueuedPerGateway);
                        added = true;
                    }
                }

                if (added && feed.InFlight < Limit(feed))
                {
                    feed.InFlight++;
                    (idle ??= []).Add(feed);
                }
            }
        }

        if (dropped > 0)
        {
            logger.LogWarning("A gateway did not take live status in time: {Dropped} waiting messages dropped", dropped);
        }

        StartSending(idle);
    }

    /// <summary>Batches sent (or about to be) to every gateway and not yet answered.</summary>
    internal int BatchesInFlight
    {
        get
        {
            lock (_gate)
            {
                return _feeds.Values.Sum(f => f.InFlight);
            }
        }
    }

    /// <summary>How many batches the feed may have on their way: one until a call to its gateway was answered.</summary>
    private int Limit(GatewayFeed feed) => feed.Proven ? Math.Max(1, options.Value.MaxBatchesInFlight) : 1;

    /// <summary>The hub's new gateway list: feeds for new gateways, none for gone ones.</summary>
    public Task OnGateways(GatewayList gateways)
    {
        Apply(gateways);
        return Task.CompletedTask;
    }

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(LiveStatusPublisher), ServiceLifecycleStage.Active, StartAsync, StopAsync);

    /// <summary>Idempotent: the container disposes the publisher once for each way it is registered.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _stopping.Cancel();
            _stopping.Dispose();
        }
    }

    private void Apply(GatewayList gateways)
    {
        List<GatewayFeed>? ready = null;
        lock (_gate)
        {
            if (gateways.Version < _version)
            {
                // An answer to a renewal that crossed a newer push: the newer list stands.
                return;
            }

            _version = gateways.Version;
            var listed = Listed(gateways);
            foreach (var gone in _feeds.Keys.Where(o => !listed.ContainsKey(o)).ToList())
            {
                _feeds.Remove(gone, out var feed);
                feed!.Close();
            }

            foreach (var (observer, groups) in listed)
            {
                if (!_feeds.TryGetValue(observer, out var feed))
                {
                    _feeds[observer] = feed = new GatewayFeed(observer);
                }

                // Messages already waiting stay (too much is fine); from now on only the groups it wants.
                feed.Want(groups);
            }

            var early = _beforeFirstList ?? [];
            _beforeFirstList = null;
            foreach (var feed in _feeds.Values)
            {
                foreach (var message in early)
                {
                    if (feed.Wants(message))
                    {
                        feed.Add(message, options.Value.MaxQueuedPerGateway);
                    }
                }

                if (feed.InFlight < Limit(feed) && feed.Waiting > 0)
                {
                    feed.InFlight++;
                    (ready ??= []).Add(feed);
                }
            }
        }

        StartSending(ready);
    }

    /// <summary>Each listed observer with the groups it wants (an observer listed twice wants both sets; null, everything, wins).</summary>
    private static Dictionary<ILiveStatusObserver, IReadOnlyList<string>?> Listed(GatewayList gateways)
    {
        var listed = new Dictionary<ILiveStatusObserver, IReadOnlyList<string>?>();
        foreach (var entry in gateways.Gateways)
        {
            listed[entry.Observer] = listed.TryGetValue(entry.Observer, out var other)
                ? other is null || entry.Groups is null ? null : [.. other.Union(entry.Groups)]
                : entry.Groups;
        }

        return listed;
    }

    /// <summary>
    /// Sends on the thread pool, outside the grain turn that published: the call to the gateway
    /// must not belong to (nor carry the request context of) whichever grain happened to publish.
    /// </summary>
    private void StartSending(List<GatewayFeed>? feeds)
    {
        if (feeds is null)
        {
            return;
        }

        using (ExecutionContext.SuppressFlow())
        {
            foreach (var feed in feeds)
            {
                _ = Task.Run(() => SendAsync(feed));
            }
        }
    }

    /// <summary>
    /// One of the feed's senders (at most <see cref="LiveStatusOptions.MaxBatchesInFlight"/>): takes
    /// what waits as a batch, under the lock, so the batches leave in the order their messages came,
    /// and the Orleans connection keeps that order to the gateway, which takes them one at a time.
    /// </summary>
    private async Task SendAsync(GatewayFeed feed)
    {
        while (true)
        {
            LiveMessage[]? batch;
            Task answer;
            lock (_gate)
            {
                batch = feed.Take(options.Value.MaxBatch);
                if (batch is null)
                {
                    feed.InFlight--;
                    return;
                }

                // Sent under the lock: the call is queued on the connection before another sender takes the next batch.
                answer = Send(feed, batch);
            }

            var answered = true;
            try
            {
                await answer;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A gateway that went away: the hub drops it when its registration expires.
                logger.LogDebug(e, "A gateway did not take a live status batch");
                answered = false;
            }

            lock (_gate)
            {
                feed.Proven = answered;
            }
        }
    }

    private Task Send(GatewayFeed feed, LiveMessage[] batch)
    {
        try
        {
            return feed.Observer.OnMessages(batch);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Task.FromException(e);
        }
    }

    private Task StartAsync(CancellationToken cancellationToken)
    {
        _reference = grains.CreateObjectReference<ILiveGatewayListObserver>(this);
        using (ExecutionContext.SuppressFlow())
        {
            _subscription = Task.Run(() => SubscribeAsync(_stopping.Token), CancellationToken.None);
        }

        return Task.CompletedTask;
    }

    /// <summary>Subscribes with the hub at once, then renews well within the registration's lifetime.</summary>
    private async Task SubscribeAsync(CancellationToken stopping)
    {
        var renewal = options.Value.RegistrationLifetime / 4;
        while (!stopping.IsCancellationRequested)
        {
            var wait = renewal;
            try
            {
                Apply(await grains.GetGrain<ILivePublisherDirectory>(0).Subscribe(_id, _reference!));
            }
            catch (Exception e) when (e is not OperationCanceledException || !stopping.IsCancellationRequested)
            {
                logger.LogWarning(e, "Could not subscribe to the live status gateway list; retrying");
                wait = RetryAfterFailure;
            }

            try
            {
                await Task.Delay(wait, stopping);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _subscription;
        try
        {
            await grains.GetGrain<ILivePublisherDirectory>(0).Unsubscribe(_id).WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogDebug(e, "Could not unsubscribe from the live status gateway list");
        }

        if (_reference is not null)
        {
            grains.DeleteObjectReference<ILiveGatewayListObserver>(_reference);
        }
    }
}
