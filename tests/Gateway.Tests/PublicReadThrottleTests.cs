using System.Diagnostics;
using System.Net;
using Network.Gateway.Tests.Infrastructure;

namespace Network.Gateway.Tests;

/// <summary>
/// The anonymous reads (<c>/public/network</c>, a point's hall and public catalog) fan out to grain
/// calls: they are limited per client address (429 problem with Retry-After past the limit) and
/// answered from the gateway's output cache for a few seconds, so repeating one costs no grain call.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class PublicReadThrottleTests(GatewayFixture fx)
{
    [Theory]
    [InlineData("/public/network", "198.51.100.21")]
    [InlineData("/public/points/" + Demo.Village + "/hall", "198.51.100.22")]
    [InlineData("/public/points/" + Demo.OtherVillage + "/catalog", "198.51.100.23")]
    public async Task Anonymous_reads_past_the_per_address_limit_get_a_429_problem_with_retry_after_and_other_addresses_are_not_affected(string url, string address)
    {
        using var flooding = fx.Anonymous(address);
        for (var i = 0; i < GatewayFixture.PublicReadPermitLimit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await flooding.GetAsync(url)).StatusCode);
        }

        var limited = await flooding.GetAsync(url);
        await limited.AssertProblemAsync(429, code: "rate.limited");
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);

        using var other = fx.Anonymous(address + "0");
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task An_anonymous_read_repeated_within_the_cache_time_is_answered_without_a_grain_call()
    {
        // A point no other test reads anonymously, so the first request finds nothing cached.
        var url = $"/public/points/{Demo.OtherVillage}/hall";
        using var citizen = fx.Anonymous("203.0.113.181");
        using var another = fx.Anonymous("203.0.113.182");
        var first = await SendTracedAsync(citizen, url);
        var second = await SendTracedAsync(another, url);

        Assert.Equal(["IServicePointGrain/GetHall"], GrainCalls(first.TraceId));
        Assert.Empty(GrainCalls(second.TraceId));
        Assert.Equal(first.Body, second.Body);
    }

    /// <summary>Sends a GET with its own trace id; returns it with the body once the gateway's server span has ended.</summary>
    private async Task<(ActivityTraceId TraceId, string Body)> SendTracedAsync(HttpClient client, string url)
    {
        var traceId = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        await fx.Gateway.Spans.WaitForAsync(a => a.TraceId == traceId && a.Kind == ActivityKind.Server).WaitAsync(TimeSpan.FromSeconds(10));
        return (traceId, body);
    }

    /// <summary>The grain calls this gateway made for the request (Orleans' client spans), as "IGrain/Method".</summary>
    private List<string> GrainCalls(ActivityTraceId traceId) =>
        fx.Gateway.Spans.Snapshot()
            .Where(a => a.TraceId == traceId && a.Kind == ActivityKind.Client && a.Source.Name == "Microsoft.Orleans.Application")
            .Select(a => a.DisplayName[(a.DisplayName.LastIndexOf('.', a.DisplayName.LastIndexOf('/')) + 1)..])
            .ToList();
}
