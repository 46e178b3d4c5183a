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
    /// <summary>Registers (or renews) a gateway that gets every message, whatever its groups.</summary>
    Task Register(string gatewayId, ILiveStatusObserver observer);

    /// <summary>
    /// Registers (or renews) a gateway with the groups it has members for (<see cref="LiveInterest"/>);
    /// returns once every publisher has the set, so a screen that joined a group before the call
    /// gets every change of that group published after it returned.
    /// </summary>
    Task Register(string gatewayId, ILiveStatusObserver observer, LiveInterest interest);

    Task Unregister(string gatewayId);
}
