using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Network.Gateway.Hosting;
using Network.Gateway.Tests.Infrastructure;

namespace Network.Gateway.Tests;

/// <summary>
/// Every response (page, script, API answer, problem document, 404) carries the strict
/// Content-Security-Policy, nosniff, frame denial and no-referrer; HSTS and the cookie's Secure
/// flag come with HTTPS only.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class SecurityHeadersTests(GatewayFixture fx)
{
    [Theory]
    [InlineData("/index.html", HttpStatusCode.OK)]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/js/console.js", HttpStatusCode.OK)]
    [InlineData("/css/app.css", HttpStatusCode.OK)]
    [InlineData("/public/network", HttpStatusCode.OK)]
    [InlineData("/api/auth/me", HttpStatusCode.Unauthorized)]
    [InlineData("/public/points/510682999/catalog", HttpStatusCode.NotFound)]
    [InlineData("/no-such-page.html", HttpStatusCode.NotFound)]
    [InlineData("/health/live", HttpStatusCode.OK)]
    public async Task Every_response_carries_the_strict_policy_nosniff_frame_denial_and_no_referrer(string url, HttpStatusCode status)
    {
        using var client = fx.Anonymous("203.0.113.140");
        using var response = await client.GetAsync(url);
        Assert.Equal(status, response.StatusCode);
        var policy = Header(response, "Content-Security-Policy");
        Assert.Equal(SecurityHeadersMiddleware.ContentSecurityPolicy, policy);
        var directives = policy.Split(';', StringSplitOptions.TrimEntries).ToHashSet();
        foreach (var required in new[]
        {
            "default-src 'self'", "script-src 'self'", "style-src 'self'", "connect-src 'self'", "object-src 'none'",
            "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
        })
        {
            Assert.Contains(required, directives);
        }

        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS over plain HTTP");
    }

    [Fact]
    public async Task Https_responses_carry_hsts_and_the_session_cookie_is_secure_only_over_https()
    {
        using var https = Client("https://gateway.example/");
        using var page = await https.GetAsync("/index.html");
        Assert.Equal("max-age=31536000", Header(page, "Strict-Transport-Security"));
        Assert.Contains("secure", SessionCookie(await SignInAsync(https)), StringComparison.OrdinalIgnoreCase);

        using var http = Client("http://gateway.example/");
        Assert.DoesNotContain("secure", SessionCookie(await SignInAsync(http)), StringComparison.OrdinalIgnoreCase);
    }

    private HttpClient Client(string baseAddress) =>
        fx.Gateway.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(baseAddress), HandleCookies = false });

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/auth/sign-in", new { clerkId = Demo.TownClerkA, password = Demo.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    private static string SessionCookie(HttpResponseMessage response) =>
        Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("network.session=", StringComparison.Ordinal));

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"No {name} on {response.RequestMessage?.RequestUri}: {(int)response.StatusCode}");
}
