using Orleans.Concurrency;

namespace Network.Grains.Interfaces.Live;

/// <summary>
/// Implemented by each gateway (a grain observer: an object in the gateway process that grains
/// can call). The gateway forwards each message to its groups' SignalR clients. One-way: a slow
/// or vanished gateway never holds up a publisher.
/// </summary>
public interface ILiveStatusObserver : IGrainObserver
{
    [OneWay]
    Task OnMessages(IReadOnlyList<LiveMessage> messages);
}
