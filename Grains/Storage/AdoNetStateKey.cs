using System.Text;
using Orleans.Storage;

namespace Network.Grains.Storage;

/// <summary>
/// The columns by which Orleans' ADO.NET grain storage files one grain's state in
/// <c>OrleansStorage</c>, worked out as that provider does: an integer key is N1 (a string key of
/// digits, such as a division code, parses as one), any other string key is the extension string;
/// the two hashes narrow the index lookup (the key's bytes in reverse order, the state name's UTF-8).
/// Rows written by the provider are found by these values (checked by the tests against rows it wrote).
/// </summary>
public readonly record struct AdoNetStateKey(int GrainIdHash, long N0, long N1, int GrainTypeHash, string GrainType, string? Extension)
{
    /// <summary>
    /// The key of state <paramref name="stateName"/> of <paramref name="grainId"/>, hashed with
    /// <paramref name="hasher"/>; false for a GUID key (no grain of this project has one, so the
    /// provider's own read serves it) and for a generic state name the provider would rewrite.
    /// </summary>
    public static bool TryOf(string stateName, GrainId grainId, IHasher hasher, out AdoNetStateKey key)
    {
        key = default;
        if (stateName.Contains('`', StringComparison.Ordinal) || grainId.TryGetGuidKey(out _, out _))
        {
            return false;
        }

        long n1 = 0;
        byte[] keyBytes;
        if (grainId.TryGetIntegerKey(out var integer, out var extension))
        {
            n1 = integer;
            keyBytes = BitConverter.GetBytes(integer);
        }
        else
        {
            extension = grainId.Key.ToString();
            keyBytes = [];
        }

        var hashBytes = extension is null ? keyBytes : [.. keyBytes, .. Encoding.UTF8.GetBytes(extension)];
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(hashBytes);
        }

        key = new AdoNetStateKey(hasher.Hash(hashBytes), 0, n1, hasher.Hash(Encoding.UTF8.GetBytes(stateName)), stateName, extension);
        return true;
    }
}
