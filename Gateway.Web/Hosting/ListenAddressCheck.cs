using System.Net;
using System.Net.Sockets;

namespace Network.Gateway.Hosting;

/// <summary>
/// Finds, before the server starts, a configured listen address (<c>urls</c>: <c>--urls</c> or
/// <c>ASPNETCORE_URLS</c>) whose port another program already listens on, by trying to listen
/// there; so a taken port is one line for the operator, not the host's stack trace.
/// </summary>
public static class ListenAddressCheck
{
    /// <summary>The one-line reason the gateway cannot listen, or null when every address is free.</summary>
    public static string? FindTakenAddress(string? urls)
    {
        foreach (var url in (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var normalised = url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
            if (!Uri.TryCreate(normalised, UriKind.Absolute, out var uri))
            {
                continue;
            }

            var address = uri.Host == "localhost" ? IPAddress.Loopback : IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) ? ip : null;
            if (address is not null && IsTaken(address, uri.Port))
            {
                return $"Cannot start: {url} is already in use: something else listens on port {uri.Port}. "
                    + "Stop that program or choose another address with --urls or ASPNETCORE_URLS (scripts/run.sh: GATEWAY_URL).";
            }
        }

        return null;
    }

    private static bool IsTaken(IPAddress address, int port)
    {
        try
        {
            using var listener = new TcpListener(address, port);
            listener.Start();
            return false;
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            return true;
        }
    }
}
