using System.Net;

namespace Network.Testing.Namespaces;

/// <summary>An IPv4 subnet such as 198.51.100.0/24, also read from an interface's "198.51.100.1/24".</summary>
public readonly record struct Subnet(uint Network, int PrefixLength)
{
    public static Subnet Of(IPAddress address, int prefixLength) =>
        new(ToUInt(address) & Mask(prefixLength), prefixLength);

    /// <summary>Reads "address/length" (the address may have host bits set, as an interface's does).</summary>
    public static bool TryParse(string text, out Subnet subnet)
    {
        subnet = default;
        var parts = text.Split('/');
        if (parts.Length != 2 || !IPAddress.TryParse(parts[0], out var address) || address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetwork
            || !int.TryParse(parts[1], out var length) || length is < 0 or > 32)
        {
            return false;
        }

        subnet = Of(address, length);
        return true;
    }

    public bool Overlaps(Subnet other)
    {
        var shorter = Math.Min(PrefixLength, other.PrefixLength);
        return (Network & Mask(shorter)) == (other.Network & Mask(shorter));
    }

    public override string ToString() =>
        $"{new IPAddress([(byte)(Network >> 24), (byte)(Network >> 16), (byte)(Network >> 8), (byte)Network])}/{PrefixLength}";

    private static uint Mask(int prefixLength) => prefixLength == 0 ? 0u : uint.MaxValue << (32 - prefixLength);

    private static uint ToUInt(IPAddress address)
    {
        var b = address.GetAddressBytes();
        return (uint)b[0] << 24 | (uint)b[1] << 16 | (uint)b[2] << 8 | b[3];
    }
}
