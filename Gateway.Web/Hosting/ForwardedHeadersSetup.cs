using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Network.Gateway.Hosting;

/// <summary>
/// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed only from the proxies named in
/// <c>Gateway:KnownProxies</c> / <c>Gateway:KnownNetworks</c> (none by default, and not even
/// loopback): then the client address (rate limits, logs) and the scheme (Secure cookie, HSTS) are
/// the ones the proxy saw. From anyone else the headers are ignored, so a client cannot choose the
/// address its requests are counted under.
/// </summary>
public static class ForwardedHeadersSetup
{
    public static IServiceCollection AddGatewayForwardedHeaders(this IServiceCollection services, GatewayOptions options)
    {
        var proxies = options.KnownProxies.Select(p => Parse(p, IPAddress.Parse, "KnownProxies")).ToArray();
        var networks = options.KnownNetworks.Select(n => Parse(n, System.Net.IPNetwork.Parse, "KnownNetworks")).ToArray();
        return services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                o.KnownProxies.Add(proxy);
            }

            foreach (var network in networks)
            {
                o.KnownIPNetworks.Add(network);
            }

            // Walk back through every trusted hop (a chain of known proxies), stopping at the first
            // address that is not one of them: that one is the client.
            o.ForwardLimit = null;
        });
    }

    /// <summary>The forwarded-headers middleware, first in the pipeline, only when some proxy is known.</summary>
    public static IApplicationBuilder UseGatewayForwardedHeaders(this IApplicationBuilder app, GatewayOptions options) =>
        options.KnownProxies.Count + options.KnownNetworks.Count > 0 ? app.UseForwardedHeaders() : app;

    private static T Parse<T>(string text, Func<string, T> parse, string setting)
    {
        try
        {
            return parse(text.Trim());
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException($"Gateway:{setting} has '{text}', which is not an address{(setting == "KnownNetworks" ? " range (CIDR)" : string.Empty)}.", e);
        }
    }
}
