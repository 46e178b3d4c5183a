using Network.Grains.Interfaces.Live;

namespace Network.Gateway.Live;

/// <summary>
/// Registers this gateway's observer with the cluster's gateway list when the gateway starts, with
/// the groups it has members for (<see cref="LiveGroupMembers"/>: none at first), tells the list
/// each new set as soon as it changes (one call at a time; changes made meanwhile go together in
/// the next), renews it well within its lifetime (with the whole set, so a new hub activation
/// learns it again), and removes it on shutdown. The observer reference is an Orleans object
/// reference: grains call it like a grain, and the call lands in this process.
/// </summary>
public sealed class LiveStatusRegistration(
    IClusterClient client,
    LiveStatusForwarder forwarder,
    LiveGroupMembers members,
    ILogger<LiveStatusRegistration> logger) : BackgroundService
{
    private static readonly TimeSpan Renewal = TimeSpan.FromSeconds(30);
    private readonly string _gatewayId = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    private readonly TaskCompletionSource _registered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ILiveStatusObserver? _reference;

    /// <summary>Completes once the first registration has been accepted by the cluster.</summary>
    public Task Registered => _registered.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _reference = client.CreateObjectReference<ILiveStatusObserver>(forwarder);
        while (true)
        {
            var round = members.Take();
            try
            {
                await client.GetGrain<ILiveStatusHubGrain>(0).Register(_gatewayId, _reference, new LiveInterest(round.Version, [.. round.Groups]));
                members.Told(round);
                _registered.TrySetResult();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                members.Failed(round);
                logger.LogWarning(e, "Could not register for live status; retrying at the next change or in {Renewal}", Renewal);
            }

            try
            {
                await members.ChangedAsync(Renewal, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        members.Close();
        try
        {
            await client.GetGrain<ILiveStatusHubGrain>(0).Unregister(_gatewayId).WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogDebug(e, "Could not unregister from live status");
        }

        try
        {
            if (_reference is not null)
            {
                client.DeleteObjectReference<ILiveStatusObserver>(_reference);
            }
        }
        catch (Exception e) when (e is ArgumentException or ObjectDisposedException)
        {
            // The Orleans client stopped first and took the reference with it.
            logger.LogDebug(e, "The live status observer was already gone");
        }

        await base.StopAsync(cancellationToken);
    }
}
