using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Network.Grains.Interfaces.Live;
using Orleans.Concurrency;

namespace Network.Grains.Live;

/// <summary>
/// One publisher per silo (a stateless worker with one activation): matters and points on this
/// silo hand it changes without waiting; on its next turn (or after
/// <see cref="LiveStatusOptions.PublishDelay"/> when one is configured) it sends each gateway one
/// batch of everything queued by then. The gateway list is cached; once per batch it asks the hub
/// whether the list changed, so no single grain sits on the path of each change (as in the
/// GPSTracker sample of dotnet/orleans), yet a gateway gets every change after it registered.
/// Messages pass through as they are (<see cref="LiveMessage"/>): the publisher knows no kinds.
/// </summary>
[StatelessWorker(1)]
public sealed class LiveStatusPublisherGrain(
    IOptions<LiveStatusOptions> options,
    ILogger<LiveStatusPublisherGrain> logger) : Grain, ILiveStatusPublisherGrain
{
    private readonly List<LiveMessage> _messages = [];
    private readonly Dictionary<string, int> _replaceable = new(StringComparer.Ordinal);
    private GatewayList _gateways = new(0, []);
    private IGrainTimer? _flush;

    public Task Publish(LiveMessage message)
    {
        if (message.ReplaceKey is { } key && _replaceable.TryGetValue(key, out var at))
        {
            _messages[at] = message;
        }
        else
        {
            if (message.ReplaceKey is { } newKey)
            {
                _replaceable[newKey] = _messages.Count;
            }

            _messages.Add(message);
        }

        ScheduleFlush();
        return Task.CompletedTask;
    }

    private void ScheduleFlush()
    {
        _flush ??= this.RegisterGrainTimer(FlushAsync, options.Value.PublishDelay, Timeout.InfiniteTimeSpan);
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        _flush?.Dispose();
        _flush = null;
        var messages = _messages.ToArray();
        _messages.Clear();
        _replaceable.Clear();
        if (messages.Length == 0)
        {
            return;
        }

        var observers = await ObserversAsync();
        foreach (var observer in observers)
        {
            try
            {
                await observer.OnMessages(messages);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A gateway that went away: it is dropped when its registration expires.
                logger.LogDebug(e, "A gateway did not take a live status batch");
            }
        }
    }

    private async Task<IReadOnlyList<ILiveStatusObserver>> ObserversAsync()
    {
        if (await GrainFactory.GetGrain<ILiveStatusHubGrain>(0).GetObservers(_gateways.Version) is { } changed)
        {
            _gateways = changed;
        }

        return _gateways.Observers;
    }
}
