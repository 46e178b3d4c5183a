using Orleans.Concurrency;

namespace Network.Grains.Interfaces.Live;

/// <summary>
/// The silo-local publisher (a stateless worker, key 0): grains hand it messages one way; it
/// batches them for a few milliseconds and sends each batch once to every gateway. A message of
/// a kind that replaces the previous one (a load, a hall) is sent only in its latest version per batch.
/// </summary>
public interface ILiveStatusPublisherGrain : IGrainWithIntegerKey
{
    [OneWay]
    Task Publish(LiveMessage message);
}
