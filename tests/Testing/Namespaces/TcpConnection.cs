using System.Net;

namespace Network.Testing.Namespaces;

/// <summary>An established TCP connection as <c>ss</c> lists it: this end and the other.</summary>
public sealed record TcpConnection(IPEndPoint Local, IPEndPoint Peer)
{
    /// <summary>Reads a line of <c>ss -tnH state established</c>: "0 0 198.51.100.21:41234 198.51.100.11:30000".</summary>
    public static TcpConnection? Parse(string line)
    {
        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length >= 4 && TryEndPoint(fields[2], out var local) && TryEndPoint(fields[3], out var peer)
            ? new TcpConnection(local, peer)
            : null;
    }

    public override string ToString() => $"{Local} -> {Peer}";

    private static bool TryEndPoint(string text, out IPEndPoint endPoint)
    {
        // "[::ffff:198.51.100.11]:30000" is an IPv4 peer of a dual-stack socket.
        if (IPEndPoint.TryParse(text, out var parsed))
        {
            endPoint = parsed.Address.IsIPv4MappedToIPv6 ? new IPEndPoint(parsed.Address.MapToIPv4(), parsed.Port) : parsed;
            return true;
        }

        endPoint = new IPEndPoint(IPAddress.None, 0);
        return false;
    }
}
