using System.Diagnostics;
using Network.Bench.Benchmarks;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Network;
using Network.Grains.Network;

namespace Network.Bench.Http;

/// <summary>
/// The matters the HTTP benchmarks take in, drawn from the generated network: every (point,
/// window, A clerk, item) per kind, and the HTTP calls that make one — the window's clerk takes
/// it in; a proxy matter is handed up by the village clerk (naming the proxy agent) and, for a
/// city item, again by a township clerk.
/// </summary>
public sealed class HttpWorkload
{
    private readonly Dictionary<MatterMix.Kind, Candidate[]> _candidates;
    private readonly Dictionary<string, NetworkFile.Point> _points;
    private long _citizens;

    public HttpWorkload(NetworkFile network)
    {
        _points = network.Points.ToDictionary(p => p.Code);
        _candidates = WorkloadCandidates.From(network);
        Points = network.Points.Select(p => p.Code).ToArray();
        City = network.Points.First(p => p.Tier == Tier.City).Code;
    }

    /// <summary>Every point's code, the city first.</summary>
    public IReadOnlyList<string> Points { get; }

    public string City { get; }

    /// <summary>Every clerk whose token the workloads need (window A clerks, one clerk per township and city).</summary>
    public IEnumerable<string> Clerks =>
        _candidates.Values.SelectMany(list => list).Select(c => c.Window.ClerkA.Id)
            .Concat(_points.Values.Where(p => p.Tier != Tier.Village).Select(p => ClerkAt(p.Code)))
            .Distinct(StringComparer.Ordinal);

    /// <summary>Takes in the <paramref name="n"/>-th matter of <paramref name="kind"/>, with its hand-ups; the timing is the intake call's.</summary>
    public async Task<IntakeTiming> TakeInAsync(GatewayClient client, MatterMix.Kind kind, long n)
    {
        var (timing, candidate) = await AcceptAsync(client, kind, n);
        if (kind is MatterMix.Kind.ProxyHandUp or MatterMix.Kind.ProxyToCity)
        {
            var village = candidate.Point.Code;
            await client.HandUpAsync(candidate.Window.ClerkA.Id, timing.ReceiptNumber, candidate.Point.ProxyAgents![0].Id);
            if (kind == MatterMix.Kind.ProxyToCity)
            {
                await client.HandUpAsync(ClerkAt(village[..9]), timing.ReceiptNumber, null);
            }
        }

        return timing;
    }

    /// <summary>P2: a village matter decided by the city, taken in (not timed), then handed up twice and decided; returns the three calls' time in ms.</summary>
    public async Task<double> HandOffAsync(GatewayClient client, long n)
    {
        var (timing, c) = await AcceptAsync(client, MatterMix.Kind.ProxyToCity, n);
        var village = c.Point.Code;
        var started = Stopwatch.GetTimestamp();
        await client.HandUpAsync(c.Window.ClerkA.Id, timing.ReceiptNumber, c.Point.ProxyAgents![0].Id);
        await client.HandUpAsync(ClerkAt(village[..9]), timing.ReceiptNumber, null);
        var decided = await client.DecideAsync(ClerkAt(village[..6]), timing.ReceiptNumber);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        return decided.Status == "ResultReady" && decided.CurrentPointCode == village
            ? elapsed
            : throw new InvalidOperationException($"The result of {decided.ReceiptNumber} is {decided.Status} at {decided.CurrentPointCode}, not back at {village}.");
    }

    /// <summary>A clerk of any window of point <paramref name="code"/>.</summary>
    public string ClerkAt(string code) => _points[code].Windows[0].ClerkA.Id;

    private async Task<(IntakeTiming, Candidate)> AcceptAsync(GatewayClient client, MatterMix.Kind kind, long n)
    {
        var list = _candidates[kind];
        var c = list[(int)(n % list.Length)];
        var materials = kind == MatterMix.Kind.MissingMaterials ? c.Item.RequiredMaterials.Take(1).ToArray() : c.Item.RequiredMaterials;
        var citizen = Citizens.Make(c.Point.Code, Interlocked.Increment(ref _citizens));
        var clerk = c.Window.ClerkA.Id;
        await client.TokenAsync(clerk);
        var sent = Stopwatch.GetTimestamp();
        var reply = await client.TakeInAsync(clerk, c.Point.Code, c.Window.Id, c.Item.Id, citizen, materials);
        var returned = Stopwatch.GetTimestamp();
        return (new IntakeTiming(reply.ReceiptNumber, c.Point.Code, sent, returned), c);
    }
}
