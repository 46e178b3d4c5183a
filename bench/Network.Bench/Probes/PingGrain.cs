namespace Network.Bench.Probes;

/// <summary>Answers at once; it holds nothing.</summary>
public sealed class PingGrain : Grain, IPingGrain
{
    public Task<int> Ping(int value) => Task.FromResult(value + 1);
}
