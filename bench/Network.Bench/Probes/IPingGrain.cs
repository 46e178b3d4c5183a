namespace Network.Bench.Probes;

/// <summary>A trivial grain: the ceiling of the grain-call rate, with no storage and no work.</summary>
public interface IPingGrain : IGrainWithIntegerKey
{
    Task<int> Ping(int value);
}
