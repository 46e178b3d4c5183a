using Network.Bench.Benchmarks;

namespace Network.Bench.Http;

/// <summary>
/// The realistic mix through HTTP: as the grain-level mix, with the proxy share split between
/// items decided by the township (one hand-up) and by the city (two hand-ups).
/// </summary>
public static class HttpMix
{
    public static IReadOnlyList<(MatterMix.Kind Kind, int Percent)> Realistic { get; } =
    [
        (MatterMix.Kind.Promised, 40),
        (MatterMix.Kind.Immediate, 25),
        (MatterMix.Kind.MissingMaterials, 15),
        (MatterMix.Kind.Joint, 10),
        (MatterMix.Kind.ProxyHandUp, 5),
        (MatterMix.Kind.ProxyToCity, 5),
    ];

    /// <summary>The kind of the <paramref name="n"/>-th matter (deterministic, interleaved).</summary>
    public static MatterMix.Kind Pick(long n)
    {
        var slot = (int)((n * 37) % 100);
        foreach (var (kind, percent) in Realistic)
        {
            if (slot < percent)
            {
                return kind;
            }

            slot -= percent;
        }

        return MatterMix.Kind.Promised;
    }
}
