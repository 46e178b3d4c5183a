using Network.Grains.Interfaces.Live;

namespace Network.Gateway.Live;

/// <summary>
/// Registers this gateway's observer with the cluster's gateway list when the gateway starts,
/// renews it well within its lifetime, and removes it on shutdown. The observer reference is an
/// Orleans object reference: grains call it like a grain, and the call lands in this process.
/// </summary>
public sealed class LiveStatusRegistration(
    IClusterClient client,
    LiveStatusForwarder forwarder,
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
        using var timer = new PeriodicTimer(Renewal);
        do
        {
            try
            {
                await client.GetGrain<ILiveStatusHubGrain>(0).Register(_gatewayId, _reference);
                _registered.TrySetResult();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not register for live status; retrying in {Renewal}", Renewal);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
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
