namespace Network.Grains.Interfaces.Live;

/// <summary>
/// The list of connected gateways (key 0). Gateways register their observer and renew it
/// periodically; a registration not renewed expires. Only the per-silo publishers read it, once
/// per batch and cheaply (an unchanged list is not sent again), so it is never on the path of a
/// matter's change.
/// </summary>
public interface ILiveStatusHubGrain : IGrainWithIntegerKey
{
    Task Register(string gatewayId, ILiveStatusObserver observer);

    Task Unregister(string gatewayId);

    /// <summary>The gateways' observers, or null when the list is still at <paramref name="knownVersion"/>.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<GatewayList?> GetObservers(long knownVersion);
}

/// <summary>The registered gateway observers and the list's version.</summary>
[GenerateSerializer, Immutable]
public sealed record GatewayList([property: Id(0)] long Version, [property: Id(1)] IReadOnlyList<ILiveStatusObserver> Observers);
