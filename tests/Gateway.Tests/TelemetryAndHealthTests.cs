using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Network.Gateway.Tests.Infrastructure;
using Network.Grains.Interfaces.Matters;

namespace Network.Gateway.Tests;

/// <summary>Traces, metrics, the OpenAPI document and the health endpoints.</summary>
[Collection(GatewayCollection.Name)]
public sealed class TelemetryAndHealthTests(GatewayFixture fx)
{
    [Fact]
    public async Task An_intake_under_a_key_is_one_trace_with_the_http_span_and_one_grain_call_and_no_sql_in_the_gateway()
    {
        // The request carries its own trace id (W3C traceparent), so its spans are told apart from
        // those of every other request the collection has made.
        using var clerk = await fx.As(Demo.TownClerkA);
        var traceId = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/points/{Demo.Township}/matters")
        {
            Content = System.Net.Http.Json.JsonContent.Create(Api.Intake(Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials, Demo.ResidentId(70))),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var matter = await (await clerk.SendAsync(request)).ReadAsync<MatterView>();

        var http = await fx.Gateway.Spans.WaitForAsync(a => a.TraceId == traceId && a.Kind == ActivityKind.Server);
        Assert.Equal(201, http.GetTagItem("http.response.status_code"));
        var trace = fx.Gateway.Spans.Snapshot().Where(a => a.TraceId == http.TraceId).ToList();

        var grainCall = Assert.Single(trace, a => a.Source.Name == "Microsoft.Orleans.Application" && a.DisplayName.Contains("IMatterGrain/Accept", StringComparison.Ordinal));
        Assert.Equal(ActivityKind.Client, grainCall.Kind);
        // The Idempotency-Key is recorded with the matter, in the silo's commit: the gateway itself runs no SQL.
        Assert.DoesNotContain(trace, a => a.Source.Name == "Npgsql");
        Assert.All(trace.Where(a => a != http), a => Assert.True(IsBelow(a, http, trace), $"{a.DisplayName} is not under the HTTP span"));
        Assert.Equal(matter.ReceiptNumber, (await fx.Database.ScalarAsync<string>("SELECT receipt_number FROM matter WHERE receipt_number = $1", matter.ReceiptNumber)));
    }

    [Fact]
    public async Task Metrics_are_scraped_at_metrics_with_the_network_counters()
    {
        using var clerk = await fx.As(Demo.TownEconomyClerk);
        await clerk.TakeInAsync(Demo.Township, Demo.RuralEconomy, Demo.FinanceInquiry, ["居民身份证"], 71);

        using var scraper = fx.Anonymous();
        var text = await (await scraper.GetAsync("/metrics")).Content.ReadAsStringAsync();
        Assert.Contains("network_matters_accepted", text, StringComparison.Ordinal);
        Assert.Contains("network_matters_completed", text, StringComparison.Ordinal);
        Assert.Contains("network_intake_duration", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_lists_the_operations()
    {
        using var client = fx.Anonymous();
        using var doc = JsonDocument.Parse(await (await client.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync());
        var paths = doc.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/points/{pointCode}/matters", paths);
        Assert.Contains("/api/matters/{receiptNumber}/hand-up", paths);
        Assert.Contains("/public/progress/{receiptNumber}", paths);
        Assert.Contains("/api/admin/calendar", paths);
    }

    [Fact]
    public async Task Live_and_ready_are_healthy_when_the_cluster_and_the_database_answer()
    {
        using var client = fx.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    private static bool IsBelow(Activity span, Activity root, IReadOnlyList<Activity> trace)
    {
        for (var parent = span.ParentSpanId; parent != default;)
        {
            if (parent == root.SpanId)
            {
                return true;
            }

            var next = trace.FirstOrDefault(a => a.SpanId == parent);
            if (next is null)
            {
                return false;
            }

            parent = next.ParentSpanId;
        }

        return false;
    }
}
