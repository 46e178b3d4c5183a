namespace Network.Bench.Generation;

/// <summary>SplitMix64: a cheap, stable mix of the seed and an index, so every point is generated the same way whatever the order.</summary>
public static class StableHash
{
    public static ulong Of(int seed, long index, int salt = 0)
    {
        var z = unchecked(((ulong)(uint)seed << 32) ^ (ulong)index ^ ((ulong)(uint)salt * 0x9E3779B97F4A7C15UL));
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }
}
