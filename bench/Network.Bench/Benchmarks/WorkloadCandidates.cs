using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Network;
using Network.Grains.Network;

namespace Network.Bench.Benchmarks;

/// <summary>One way to take a matter in: the point, the window and its A clerk, the item.</summary>
public sealed record Candidate(NetworkFile.Point Point, WindowDefinition Window, ServiceItem Item)
{
    public bool DecidedHere => Item.DecidingTier <= Point.Tier;
}

/// <summary>
/// For each kind of matter of the mix, every (point, window, item) of a generated network that
/// produces it; shared by the grain-level and the HTTP workloads.
/// </summary>
public static class WorkloadCandidates
{
    /// <summary>The candidates by kind; refuses a network that lacks a kind.</summary>
    public static Dictionary<MatterMix.Kind, Candidate[]> From(NetworkFile network)
    {
        var all = network.Points
            .SelectMany(p => (p.Items ?? []).Select(i => new Candidate(p, p.Windows.First(w => w.Id == i.WindowId), i)))
            .ToArray();
        var candidates = new Dictionary<MatterMix.Kind, Candidate[]>
        {
            [MatterMix.Kind.Promised] = all.Where(c => c.Item.Kind == MatterKind.Promised && c.DecidedHere).ToArray(),
            [MatterMix.Kind.Immediate] = all.Where(c => c.Item.Kind == MatterKind.Immediate && c.DecidedHere).ToArray(),
            [MatterMix.Kind.MissingMaterials] = all.Where(c => c.Item.RequiredMaterials.Count >= 2).ToArray(),
            [MatterMix.Kind.Joint] = all.Where(c => c.Item.Kind == MatterKind.Joint).ToArray(),
            [MatterMix.Kind.ProxyHandUp] = all.Where(c => c.Point.Tier == Tier.Village && c.Item.DecidingTier == Tier.Township).ToArray(),
            [MatterMix.Kind.ProxyToCity] = all.Where(c => c.Point.Tier == Tier.Village && c.Item.DecidingTier == Tier.City).ToArray(),
        };
        if (candidates.FirstOrDefault(k => k.Value.Length == 0) is { Value: not null } empty)
        {
            throw new InvalidOperationException($"The network has no item for {empty.Key} matters; generate it with more items per point.");
        }

        return candidates;
    }
}
