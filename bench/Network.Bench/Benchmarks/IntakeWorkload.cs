using Network.Grains;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Network;

namespace Network.Bench.Benchmarks;

/// <summary>
/// The matters a benchmark takes in, drawn from a generated network: for each kind of matter,
/// every (point, window, clerk, item) that produces it, and the calls that make one.
/// </summary>
public sealed class IntakeWorkload
{
    private readonly Dictionary<MatterMix.Kind, Candidate[]> _candidates;
    private readonly Dictionary<string, NetworkFile.Point> _points;
    private long _citizens;

    public IntakeWorkload(NetworkFile network)
    {
        _points = network.Points.ToDictionary(p => p.Code);
        var all = network.Points
            .SelectMany(p => (p.Items ?? []).Select(i => new Candidate(p, p.Windows.First(w => w.Id == i.WindowId), i)))
            .ToArray();
        _candidates = new()
        {
            [MatterMix.Kind.Promised] = all.Where(c => c.Item.Kind == MatterKind.Promised && c.DecidedHere).ToArray(),
            [MatterMix.Kind.Immediate] = all.Where(c => c.Item.Kind == MatterKind.Immediate && c.DecidedHere).ToArray(),
            [MatterMix.Kind.MissingMaterials] = all.Where(c => c.Item.RequiredMaterials.Count >= 2).ToArray(),
            [MatterMix.Kind.Joint] = all.Where(c => c.Item.Kind == MatterKind.Joint).ToArray(),
            [MatterMix.Kind.ProxyHandUp] = all.Where(c => c.Point.Tier == Tier.Village && !c.DecidedHere).ToArray(),
            [MatterMix.Kind.ProxyToCity] = all.Where(c => c.Point.Tier == Tier.Village && c.Item.DecidingTier == Tier.City).ToArray(),
        };
        foreach (var (kind, list) in _candidates)
        {
            if (list.Length == 0)
            {
                throw new InvalidOperationException($"The network has no item for {kind} matters; generate it with more items per point.");
            }
        }
    }

    /// <summary>Takes in one matter of <paramref name="kind"/> (and, for a proxy matter, hands it up once).</summary>
    public async Task TakeInAsync(IGrainFactory grains, MatterMix.Kind kind, long n)
    {
        var (matter, candidate) = await AcceptAsync(grains, kind, n);
        if (kind == MatterMix.Kind.ProxyHandUp)
        {
            await matter.HandUp(new HandUpCommand(candidate.Window.ClerkA.Id, candidate.Point.Code, candidate.Point.ProxyAgents![0].Id, "村民委托代办"));
        }
    }

    /// <summary>Accepts a village matter decided by the city, with all materials, ready to be handed up.</summary>
    public Task<(IMatterGrain Matter, Candidate Candidate)> AcceptProxyToCityAsync(IGrainFactory grains, long n) =>
        AcceptAsync(grains, MatterMix.Kind.ProxyToCity, n);

    /// <summary>A clerk of any window of point <paramref name="code"/>.</summary>
    public string ClerkAt(string code) => _points[code].Windows[0].ClerkA.Id;

    private async Task<(IMatterGrain, Candidate)> AcceptAsync(IGrainFactory grains, MatterMix.Kind kind, long n)
    {
        var list = _candidates[kind];
        var candidate = list[(int)(n % list.Length)];
        var materials = kind == MatterMix.Kind.MissingMaterials ? candidate.Item.RequiredMaterials.Take(1).ToArray() : candidate.Item.RequiredMaterials;
        var code = DivisionCode.Parse(candidate.Point.Code);
        var receipt = ReceiptNumber.New(code, ChinaTime.Today(TimeProvider.System));
        var matter = grains.GetGrain<IMatterGrain>(receipt);
        var citizen = Citizens.Make(candidate.Point.Code, Interlocked.Increment(ref _citizens));
        await matter.Accept(new IntakeRequest(candidate.Point.Code, candidate.Window.Id, candidate.Window.ClerkA.Id, candidate.Item.Id, citizen, materials));
        return (matter, candidate);
    }

    /// <summary>One way to take a matter in: the point, the window and its A clerk, the item.</summary>
    public sealed record Candidate(NetworkFile.Point Point, WindowDefinition Window, ServiceItem Item)
    {
        public bool DecidedHere => Item.DecidingTier <= Point.Tier;
    }
}
