namespace Network.Grains.Live;

/// <summary>
/// What the silos' publishers ask of the hub (the same grain as <c>ILiveStatusHubGrain</c>, key 0):
/// to be told the gateway list from now on. A publisher renews its subscription periodically; one
/// not renewed expires. Internal to the silos: gateways cannot call it.
/// </summary>
public interface ILivePublisherDirectory : IGrainWithIntegerKey
{
    /// <summary>Subscribes (or renews) a silo's publisher; answers with the current gateway list.</summary>
    Task<GatewayList> Subscribe(string publisherId, ILiveGatewayListObserver publisher);

    Task Unsubscribe(string publisherId);
}
