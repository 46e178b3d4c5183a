using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Network.Gateway.Tests.Infrastructure;

namespace Network.Gateway.Tests;

/// <summary>
/// X-Forwarded-For and X-Forwarded-Proto count only when the request comes from the configured
/// proxy (<see cref="GatewayFixture.KnownProxy"/>): then each client behind it has its own rate
/// limit bucket and HTTPS at the proxy is HTTPS; from anyone else the headers change nothing.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class ForwardedHeadersTests(GatewayFixture fx)
{
    [Fact]
    public async Task Behind_the_known_proxy_each_forwarded_client_has_its_own_rate_limit()
    {
        using var proxy = fx.Anonymous(GatewayFixture.KnownProxy);
        await ExhaustAsync(proxy, "198.51.100.61");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await LookUpAsync(proxy, "198.51.100.61")).StatusCode);

        // Another client behind the same proxy is not affected, nor is the proxy's own address.
        Assert.Equal(HttpStatusCode.NotFound, (await LookUpAsync(proxy, "198.51.100.62")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await LookUpAsync(proxy, forwardedFor: null)).StatusCode);

        // A chain: the client as the known proxy saw it is the rightmost address that is not the proxy.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await LookUpAsync(proxy, $"10.9.9.9, 198.51.100.61")).StatusCode);
    }

    [Fact]
    public async Task From_any_other_address_forwarded_headers_are_ignored()
    {
        using var client = fx.Anonymous("203.0.113.71");
        for (var i = 0; i < GatewayFixture.PublicPermitLimit; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await LookUpAsync(client, $"198.51.100.{100 + i}")).StatusCode);
        }

        // Claiming yet another address does not buy a new bucket.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await LookUpAsync(client, "198.51.100.199")).StatusCode);
    }

    [Fact]
    public async Task Https_at_the_known_proxy_counts_as_https_and_a_claim_of_https_from_anyone_else_does_not()
    {
        // HSTS is never sent to localhost: these clients name the gateway by a host name.
        using var proxy = ByName(GatewayFixture.KnownProxy);
        Assert.True((await PageForwardedAsHttpsAsync(proxy)).Headers.Contains("Strict-Transport-Security"));

        using var other = ByName("203.0.113.72");
        Assert.False((await PageForwardedAsHttpsAsync(other)).Headers.Contains("Strict-Transport-Security"));
    }

    private HttpClient ByName(string clientIp)
    {
        var client = fx.Gateway.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://gateway.example/"), HandleCookies = false });
        client.DefaultRequestHeaders.Add(GatewayFactory.ClientIpHeader, clientIp);
        return client;
    }

    private static async Task ExhaustAsync(HttpClient client, string forwardedFor)
    {
        for (var i = 0; i < GatewayFixture.PublicPermitLimit; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await LookUpAsync(client, forwardedFor)).StatusCode);
        }
    }

    /// <summary>A progress lookup of a number never used (a new one each time, so no per-receipt lock comes into play).</summary>
    private static async Task<HttpResponseMessage> LookUpAsync(HttpClient client, string? forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/public/progress/{Api.UnusedReceipt()}")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { code = "YYYYYYYY" }),
        };
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        return await client.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> PageForwardedAsHttpsAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/index.html");
        request.Headers.Add("X-Forwarded-For", "198.51.100.80");
        request.Headers.Add("X-Forwarded-Proto", "https");
        return await client.SendAsync(request);
    }
}
