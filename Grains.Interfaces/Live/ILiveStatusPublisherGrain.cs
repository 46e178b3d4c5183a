using Orleans.Concurrency;

namespace Network.Grains.Interfaces.Live;

/// <summary>
/// The silo-local publisher (a stateless worker, key 0): grains hand it changes one way; it
/// batches them for a few milliseconds and sends each batch once to every gateway.
/// </summary>
public interface ILiveStatusPublisherGrain : IGrainWithIntegerKey
{
    [OneWay]
    Task PublishMatter(MatterChanged change);

    [OneWay]
    Task PublishLoad(PointLoad load);
}
