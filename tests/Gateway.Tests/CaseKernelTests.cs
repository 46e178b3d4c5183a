using System.Diagnostics;
using System.Net.Http.Json;
using Network.Gateway.Tests.Infrastructure;
using Network.Grains.Interfaces.Live;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;

namespace Network.Gateway.Tests;

/// <summary>
/// The gateway on the case kernel: one request is one grain call, the matter's view tells each
/// actor what that actor may do, and screens get their pictures (tree, hall) from one call.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class CaseKernelTests(GatewayFixture fx)
{
    [Theory]
    [InlineData("complete", "IMatterGrain/Complete")]
    [InlineData("return", "IMatterGrain/Return")]
    [InlineData("hand-over", "IMatterGrain/HandOver")]
    [InlineData("check-deadlines", "IMatterGrain/CheckDeadlines")]
    [InlineData("get", "IMatterGrain/Get")]
    [InlineData("history", "IMatterGrain/GetHistory")]
    [InlineData("away", "IWindowGrain/SetPrimaryAway")]
    public async Task A_request_makes_exactly_one_grain_call(string operation, string expectedCall)
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        var matter = await clerk.TakeInAsync(Demo.Township, Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials, 300 + operation.Length);
        var url = $"/api/matters/{matter.ReceiptNumber}";
        var (method, path, body) = operation switch
        {
            "complete" => (HttpMethod.Post, $"{url}/complete", (object?)new { resultNote = "办结" }),
            "return" => (HttpMethod.Post, $"{url}/return", new { reason = "不符合条件", legalBasis = "《社会救助暂行办法》第四十八条" }),
            "hand-over" => (HttpMethod.Post, $"{url}/hand-over", new { toClerkId = Demo.TownClerkB }),
            "check-deadlines" => (HttpMethod.Post, $"{url}/check-deadlines", null),
            "get" => (HttpMethod.Get, url, null),
            "history" => (HttpMethod.Get, $"{url}/history", null),
            "away" => (HttpMethod.Post, $"/api/points/{Demo.Township}/windows/{Demo.Land}/away", null),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };

        using var director = operation == "away" ? await fx.As(Demo.TownDirector) : null;
        var traceId = await SendTracedAsync(director ?? clerk, method, path, body);
        var calls = await GrainCallsAsync(traceId);

        Assert.Equal([expectedCall], calls);
        if (operation == "away")
        {
            (await director!.PostAsync($"/api/points/{Demo.Township}/windows/{Demo.Land}/back", null)).EnsureSuccessStatusCode();
        }
    }

    [Fact]
    public async Task A_refused_command_is_also_one_grain_call_and_the_grain_refuses_it()
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        var matter = await clerk.TakeInAsync(Demo.Township, Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials, 320);
        using var other = await fx.As(Demo.TownLandClerk);

        var traceId = await SendTracedAsync(other, HttpMethod.Post, $"/api/matters/{matter.ReceiptNumber}/complete", new { resultNote = "办结" }, expectSuccess: false);

        Assert.Equal(["IMatterGrain/Complete"], await GrainCallsAsync(traceId));
    }

    [Fact]
    public async Task An_intake_is_one_grain_call()
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        var traceId = await SendTracedAsync(
            clerk,
            HttpMethod.Post,
            $"/api/points/{Demo.Township}/matters",
            Api.Intake(Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials, Demo.ResidentId(321)));

        Assert.Equal(["IMatterGrain/Accept"], await GrainCallsAsync(traceId));
    }

    [Fact]
    public async Task The_view_lists_what_each_actor_may_do_the_window_s_clerk_acts_the_monitor_only_reads()
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        var matter = await clerk.TakeInAsync(Demo.Township, Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials, 322);
        var url = $"/api/matters/{matter.ReceiptNumber}";
        using var monitor = await fx.As(Demo.Monitor);
        using var otherWindow = await fx.As(Demo.TownLandClerk);

        var asClerk = await (await clerk.GetAsync(url)).ReadAsync<MatterView>();
        var asMonitor = await (await monitor.GetAsync(url)).ReadAsync<MatterView>();
        var asOtherWindow = await (await otherWindow.GetAsync(url)).ReadAsync<MatterView>();

        var clerkActions = asClerk.AllowedActions.Select(a => a.Action).ToList();
        Assert.Contains(MatterAction.Complete, clerkActions);
        Assert.Contains(MatterAction.Return, clerkActions);
        Assert.Contains(MatterAction.HandOver, clerkActions);
        Assert.DoesNotContain(MatterAction.HandUp, clerkActions);
        Assert.DoesNotContain(MatterAction.Deliver, clerkActions);
        Assert.Empty(asMonitor.AllowedActions);
        Assert.DoesNotContain(asOtherWindow.AllowedActions, a => a.Action is MatterAction.Complete or MatterAction.Return);
        Assert.False(asClerk.IsClosed);

        // The answer to a command carries the actions of what comes next: nothing, once it is closed.
        var done = await (await clerk.PostAsync($"{url}/complete", new { resultNote = "准予救助" })).ReadAsync<MatterView>();
        Assert.True(done.IsClosed);
        Assert.Empty(done.AllowedActions);
    }

    [Fact]
    public async Task The_monitor_gets_the_city_s_tree_with_loads_and_flags_in_one_call()
    {
        using var monitor = await fx.As(Demo.Monitor);
        var traceId = await SendTracedAsync(monitor, HttpMethod.Get, $"/api/points/{Demo.City}/tree", null);
        Assert.Equal(["IServicePointGrain/GetTree"], await GrainCallsAsync(traceId));

        var tree = await (await monitor.GetAsync($"/api/points/{Demo.City}/tree")).ReadAsync<PointTreeNode>();
        Assert.Equal(Demo.City, tree.Code);
        Assert.Equal(Tier.City, tree.Tier);
        var township = Assert.Single(tree.Children, c => c.Code == Demo.Township);
        Assert.Contains(township.Children, v => v.Code == Demo.Village);
        Assert.NotNull(tree.Load);
        Assert.True(tree.Load.Subtree);

        using var clerk = await fx.As(Demo.TownClerkA);
        await (await clerk.GetAsync($"/api/points/{Demo.City}/tree")).AssertProblemAsync(403, "pointCode", "auth.jurisdiction");
    }

    [Fact]
    public async Task The_hall_is_one_call_to_the_point_which_keeps_it()
    {
        using var anonymous = fx.Anonymous();
        var traceId = await SendTracedAsync(anonymous, HttpMethod.Get, $"/public/points/{Demo.Township}/hall", null);
        Assert.Equal(["IServicePointGrain/GetHall"], await GrainCallsAsync(traceId));

        var hall = await (await anonymous.GetAsync($"/public/points/{Demo.Township}/hall")).ReadAsync<HallView>();
        Assert.Equal(Demo.Township, hall.Code);
        Assert.Contains(hall.Windows, w => w.Id == Demo.CivilAffairs);
        await (await anonymous.GetAsync("/public/points/510682199/hall")).AssertProblemAsync(404, "pointCode", "point.undefined");
    }

    /// <summary>Sends a request with its own trace id; returns the trace id once the gateway's server span has ended.</summary>
    private async Task<ActivityTraceId> SendTracedAsync(HttpClient client, HttpMethod method, string path, object? body, bool expectSuccess = true)
    {
        var traceId = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body, options: Api.Json) };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        using var response = await client.SendAsync(request);
        if (expectSuccess)
        {
            Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        else
        {
            Assert.False(response.IsSuccessStatusCode);
        }

        await fx.Gateway.Spans.WaitForAsync(a => a.TraceId == traceId && a.Kind == ActivityKind.Server).WaitAsync(TimeSpan.FromSeconds(10));
        return traceId;
    }

    /// <summary>The grain calls this gateway made for the request (Orleans' client spans), as "IGrain/Method".</summary>
    private Task<List<string>> GrainCallsAsync(ActivityTraceId traceId) =>
        Task.FromResult(fx.Gateway.Spans.Snapshot()
            .Where(a => a.TraceId == traceId && a.Kind == ActivityKind.Client && a.Source.Name == "Microsoft.Orleans.Application")
            .Select(a => CallName(a.DisplayName))
            .ToList());

    private static string CallName(string displayName)
    {
        // Orleans names a call span "Namespace.IGrain/Method".
        var slash = displayName.LastIndexOf('/');
        var dot = slash < 0 ? -1 : displayName.LastIndexOf('.', slash);
        return dot < 0 ? displayName : displayName[(dot + 1)..];
    }
}
