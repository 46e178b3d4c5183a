namespace Network.Grains.Interfaces.Live;

/// <summary>
/// Implemented by each gateway (a grain observer: an object in the gateway process that grains
/// can call). The gateway forwards each message to its groups' SignalR clients. It answers as soon
/// as it has handed the batch to SignalR (not when the clients have it): a silo sends a gateway its
/// next batch only after that answer, so the batch is whatever queued meanwhile — small when the
/// gateway keeps up, larger when it is busy — and each gateway is fed on its own, so a slow or
/// vanished gateway never holds up another.
/// </summary>
public interface ILiveStatusObserver : IGrainObserver
{
    Task OnMessages(IReadOnlyList<LiveMessage> messages);
}
