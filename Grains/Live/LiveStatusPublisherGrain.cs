using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Network.Grains.Interfaces.Live;
using Orleans.Concurrency;

namespace Network.Grains.Live;

/// <summary>
/// One publisher per silo (a stateless worker with one activation): matters and points on this
/// silo hand it changes without waiting; it gathers them for <see cref="LiveStatusOptions.PublishDelay"/>
/// and sends each gateway one batch. The gateway list is cached; once per batch it asks the hub
/// whether the list changed, so no single grain sits on the path of each change (as in the
/// GPSTracker sample of dotnet/orleans), yet a gateway gets every change after it registered.
/// </summary>
[StatelessWorker(1)]
public sealed class LiveStatusPublisherGrain(
    IOptions<LiveStatusOptions> options,
    ILogger<LiveStatusPublisherGrain> logger) : Grain, ILiveStatusPublisherGrain
{
    private readonly List<MatterChanged> _matters = [];
    private readonly Dictionary<(string, bool), PointLoad> _loads = [];
    private GatewayList _gateways = new(0, []);
    private IGrainTimer? _flush;

    public Task PublishMatter(MatterChanged change)
    {
        _matters.Add(change);
        ScheduleFlush();
        return Task.CompletedTask;
    }

    public Task PublishLoad(PointLoad load)
    {
        _loads[(load.PointCode, load.Subtree)] = load;
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
        var matters = _matters.ToArray();
        var loads = _loads.Values.ToArray();
        _matters.Clear();
        _loads.Clear();

        var observers = await ObserversAsync();
        foreach (var observer in observers)
        {
            try
            {
                if (matters.Length > 0)
                {
                    await observer.OnMatterChanges(matters);
                }

                if (loads.Length > 0)
                {
                    await observer.OnLoads(loads);
                }
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
