using Network.Grains.Interfaces;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Time;
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
        _candidates = WorkloadCandidates.From(network);
    }

    /// <summary>Takes in one matter of <paramref name="kind"/> (and, for a proxy matter, hands it up once).</summary>
    public async Task TakeInAsync(IGrainFactory grains, MatterMix.Kind kind, long n)
    {
        var (matter, candidate) = await AcceptAsync(grains, kind, n);
        if (kind == MatterMix.Kind.ProxyHandUp)
        {
            await matter.HandUp(new HandUpCommand(Clerk(candidate.Window.ClerkA.Id, candidate.Point.Code), candidate.Point.ProxyAgents![0].Id, "村民委托代办"));
        }
    }

    /// <summary>Accepts a village matter decided by the city, with all materials, ready to be handed up.</summary>
    public Task<(IMatterGrain Matter, Candidate Candidate)> AcceptProxyToCityAsync(IGrainFactory grains, long n) =>
        AcceptAsync(grains, MatterMix.Kind.ProxyToCity, n);

    /// <summary>A clerk of any window of point <paramref name="code"/>, as the actor of a call.</summary>
    public Actor ClerkAt(string code) => Clerk(_points[code].Windows[0].ClerkA.Id, code);

    /// <summary>The window clerk <paramref name="id"/> of point <paramref name="code"/> as an actor (what a gateway would build from the account).</summary>
    public static Actor Clerk(string id, string code) => new(id, ActorRole.WindowClerk, code);

    private async Task<(IMatterGrain, Candidate)> AcceptAsync(IGrainFactory grains, MatterMix.Kind kind, long n)
    {
        var list = _candidates[kind];
        var candidate = list[(int)(n % list.Length)];
        var materials = kind == MatterMix.Kind.MissingMaterials ? candidate.Item.RequiredMaterials.Take(1).ToArray() : candidate.Item.RequiredMaterials;
        var code = DivisionCode.Parse(candidate.Point.Code);
        var receipt = ReceiptNumber.New(code, ChinaTime.Today(TimeProvider.System));
        var matter = grains.Reference<IMatterGrain>(receipt);
        var citizen = Citizens.Make(candidate.Point.Code, Interlocked.Increment(ref _citizens));
        await matter.Accept(new IntakeRequest(candidate.Point.Code, candidate.Window.Id, Clerk(candidate.Window.ClerkA.Id, candidate.Point.Code), candidate.Item.Id, citizen, materials));
        return (matter, candidate);
    }
}
