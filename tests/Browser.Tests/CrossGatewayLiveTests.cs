using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Network.Testing;

namespace Network.Browser.Tests;

/// <summary>
/// Several gateways at once: a SignalR client connected to gateway B receives a status change made
/// through gateway A's HTTP API (grains push to every gateway's observer; no sticky routing). The
/// client is a clerk of the point, signed in at gateway B: an anonymous one would get the point's
/// public feed, which carries no matter.
/// </summary>
public sealed class CrossGatewayLiveTests(NetworkFixture network) : IClassFixture<NetworkFixture>
{
    private const string Township = "510682101";

    [Fact]
    public async Task A_client_of_gateway_B_receives_a_change_made_through_gateway_A()
    {
        await using var gatewayB = await network.StartSecondGatewayAsync();
        var batches = new ConcurrentQueue<JsonElement[]>();
        var arrived = new SemaphoreSlim(0);
        var clerkAtB = await TokenAsync(gatewayB.Address, $"c-{Township}-labour-security-b");
        await using var live = new HubConnectionBuilder()
            .WithUrl(new Uri(gatewayB.Address, "/hubs/live"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(clerkAtB))
            .Build();
        // One method, "live", with a batch of { kind, payload }: the matters' changes are the "matter" items.
        live.On<JsonElement[]>("live", batch =>
        {
            batches.Enqueue(batch.Where(m => m.GetProperty("kind").GetString() == "matter").Select(m => m.GetProperty("payload")).ToArray());
            arrived.Release();
        });
        await live.StartAsync();
        await live.InvokeAsync("WatchPoint", Township);

        using var gatewayA = new HttpClient { BaseAddress = network.Address };
        var token = await (await gatewayA.PostAsJsonAsync("/api/auth/token", new { clerkId = $"c-{Township}-labour-security-a", password = NetworkFixture.DemoPassword }))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        gatewayA.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        var intake = await gatewayA.PostAsJsonAsync($"/api/points/{Township}/matters", new
        {
            windowId = "labour-security",
            itemId = "rural-pension-payment",
            citizen = new { name = "张秀兰", residentId = "440524198001010013" },
            materialsHandedIn = new[] { "居民身份证", "户口簿", "社会保障卡或银行存折" },
        });
        var receipt = (await intake.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receiptNumber").GetString();

        // Each batch that reaches B releases the semaphore; stop at the one that carries our matter.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!batches.SelectMany(b => b).Any(c => c.GetProperty("receiptNumber").GetString() == receipt && c.GetProperty("isClosed").GetBoolean()))
        {
            await arrived.WaitAsync(timeout.Token);
        }

        var change = batches.SelectMany(b => b).First(c => c.GetProperty("receiptNumber").GetString() == receipt);
        Assert.Equal(Township, change.GetProperty("pointCode").GetString());
        Assert.Equal("Completed", batches.SelectMany(b => b).Last(c => c.GetProperty("receiptNumber").GetString() == receipt).GetProperty("status").GetString());
        Assert.False(change.TryGetProperty("citizen", out _), "a live change carries no personal data");
    }

    private static async Task<string> TokenAsync(Uri gateway, string clerkId)
    {
        using var client = new HttpClient { BaseAddress = gateway };
        var token = await (await client.PostAsJsonAsync("/api/auth/token", new { clerkId, password = NetworkFixture.DemoPassword }))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        return token.GetProperty("accessToken").GetString()!;
    }
}
