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

    /// <summary>
    /// One cycle of 20 matters in the <see cref="Realistic"/> proportions (8, 5, 3, 2, 1, 1), every kind
    /// once among its first six: a run of only a few intakes (the smoke run's, on a loaded machine)
    /// still takes in every kind, and a long one the same shares as before.
    /// </summary>
    private static readonly MatterMix.Kind[] Cycle =
    [
        MatterMix.Kind.Promised, MatterMix.Kind.Immediate, MatterMix.Kind.MissingMaterials, MatterMix.Kind.Joint, MatterMix.Kind.ProxyHandUp, MatterMix.Kind.ProxyToCity,
        MatterMix.Kind.Promised, MatterMix.Kind.Immediate, MatterMix.Kind.Promised, MatterMix.Kind.MissingMaterials,
        MatterMix.Kind.Immediate, MatterMix.Kind.Promised, MatterMix.Kind.Joint, MatterMix.Kind.Promised,
        MatterMix.Kind.Immediate, MatterMix.Kind.MissingMaterials, MatterMix.Kind.Promised, MatterMix.Kind.Immediate,
        MatterMix.Kind.Promised, MatterMix.Kind.Promised,
    ];

    /// <summary>The kind of the <paramref name="n"/>-th matter (deterministic, interleaved).</summary>
    public static MatterMix.Kind Pick(long n) => Cycle[(int)(n % Cycle.Length)];
}
