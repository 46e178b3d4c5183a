using Orleans.Concurrency;

namespace Network.Grains.Interfaces.Live;

/// <summary>
/// Implemented by each gateway (a grain observer: an object in the gateway process that grains
/// can call). The gateway forwards what it receives to its SignalR clients, by group. Calls are
/// one-way: a slow or vanished gateway never holds up a publisher.
/// </summary>
public interface ILiveStatusObserver : IGrainObserver
{
    [OneWay]
    Task OnMatterChanges(IReadOnlyList<MatterChanged> changes);

    [OneWay]
    Task OnLoads(IReadOnlyList<PointLoad> loads);
}
