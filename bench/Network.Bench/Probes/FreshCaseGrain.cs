using System.Globalization;
using Network.Grains.Interfaces;
using Orleans.Placement;

namespace Network.Bench.Probes;

/// <summary>
/// Calls grains of its own kind in a band of its own with nothing to do (a matter asks its point,
/// catalog, window and the like: grains that are already active), then answers; it holds nothing
/// and stays active. Placed at random and referenced as the matter is (<see cref="GrainReferences"/>).
/// </summary>
[RandomPlacement]
public sealed class FreshCaseGrain : Grain, IFreshCaseGrain
{
    /// <summary>How many bands of fan-out grains (so that no one of them is a queue for every caller).</summary>
    public const int Bands = 64;

    private static readonly string[][] FanOutKeys = Enumerable.Range(0, Bands)
        .Select(band => Enumerable.Range(0, 16).Select(i => string.Create(CultureInfo.InvariantCulture, $"fan-out/{band}/{i}")).ToArray())
        .ToArray();

    public async Task<int> Open(int fanOut)
    {
        var band = FanOutKeys[(this.GetPrimaryKeyString().GetHashCode(StringComparison.Ordinal) & int.MaxValue) % Bands];
        var sum = 0;
        for (var i = 0; i < fanOut; i++)
        {
            sum += await GrainFactory.Reference<IFreshCaseGrain>(band[i]).Open(0);
        }

        return sum + 1;
    }
}
