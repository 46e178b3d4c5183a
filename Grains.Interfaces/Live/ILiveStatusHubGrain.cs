namespace Network.Grains.Interfaces.Live;

/// <summary>
/// The list of connected gateways (key 0). Gateways register their observer and renew it
/// periodically; a registration not renewed expires. The hub hands the list to every silo's
/// publisher whenever it changes, and a registration returns only once every publisher has it,
/// so a gateway gets every change published after its <see cref="Register"/> returned. The hub is
/// never on the path of a change.
/// </summary>
public interface ILiveStatusHubGrain : IGrainWithIntegerKey
{
    Task Register(string gatewayId, ILiveStatusObserver observer);

    Task Unregister(string gatewayId);
}
