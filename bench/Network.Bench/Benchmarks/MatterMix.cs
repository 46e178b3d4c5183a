namespace Network.Bench.Benchmarks;

/// <summary>The kinds of intake a benchmark makes, and the realistic mix of them.</summary>
public static class MatterMix
{
    public enum Kind
    {
        /// <summary>承诺件 with all materials: the P1 headline.</summary>
        Promised,

        /// <summary>即办件 with all materials: accepted and completed in one commit.</summary>
        Immediate,

        /// <summary>Only one material handed in: the one-time notice (补办件).</summary>
        MissingMaterials,

        /// <summary>联办件 over two windows.</summary>
        Joint,

        /// <summary>A village item decided above: accepted, then handed up by the proxy agent (two commits).</summary>
        ProxyHandUp,

        /// <summary>A village item decided by the city (the P2 hand-off chain).</summary>
        ProxyToCity,
    }

    /// <summary>Percent of each kind in the mixed run: most matters are promised or immediate.</summary>
    public static IReadOnlyList<(Kind Kind, int Percent)> Realistic { get; } =
    [
        (Kind.Promised, 40),
        (Kind.Immediate, 25),
        (Kind.MissingMaterials, 15),
        (Kind.Joint, 10),
        (Kind.ProxyHandUp, 10),
    ];

    /// <summary>The kind of the <paramref name="n"/>-th matter of the mix (deterministic, interleaved).</summary>
    public static Kind Pick(long n)
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

        return Kind.Promised;
    }
}
