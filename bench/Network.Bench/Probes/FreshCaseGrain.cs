using Orleans.Placement;

namespace Network.Bench.Probes;

/// <summary>
/// Calls <see cref="IPingGrain"/>s in a band of its own (a matter asks its point, catalog, window and
/// the like: grains that are already active), then answers; it holds nothing and stays active.
/// Placed at random, as the matter is.
/// </summary>
[RandomPlacement]
public sealed class FreshCaseGrain : Grain, IFreshCaseGrain
{
    /// <summary>Where the fan-out's ping grains start, apart from the ceiling's callers' own.</summary>
    public const long FanOutKeys = 1_000_000;

    /// <summary>How many bands of fan-out grains (so that no ping grain is a queue for every caller).</summary>
    public const int Bands = 64;

    public async Task<int> Open(int fanOut)
    {
        var band = FanOutKeys + (this.GetPrimaryKeyLong() % Bands * 16);
        var sum = 0;
        for (var i = 0; i < fanOut; i++)
        {
            sum += await GrainFactory.GetGrain<IPingGrain>(band + i).Ping(i);
        }

        return sum;
    }
}
