namespace Network.Grains.Live;

/// <summary>A silo's publisher, as the hub sees it: it is told the gateway list whenever the list changes. Internal to the silos.</summary>
public interface ILiveGatewayListObserver : IGrainObserver
{
    Task OnGateways(GatewayList gateways);
}
