using static Microsoft.Playwright.Assertions;

namespace Network.Browser.Tests;

/// <summary>
/// The pages run under the gateway's Content-Security-Policy as served (connect-src 'self'): the
/// live connection is a WebSocket to the same host, which 'self' allows, and the product's own
/// scripts cause no violation.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class LiveUnderPolicyTests(NetworkFixture network)
{
    [Fact]
    public async Task The_console_connects_its_live_feed_over_a_websocket_without_a_policy_violation()
    {
        var (page, guard) = await PageGuard.OpenAsync(network, signInAs: "c-510682101-land-a");
        var response = await page.ReloadAsync();
        Assert.NotNull(response);
        Assert.Contains("connect-src 'self'", await response.HeaderValueAsync("content-security-policy") ?? string.Empty, StringComparison.Ordinal);

        var socket = await page.RunAndWaitForWebSocketAsync(() => page.ReloadAsync());
        Assert.StartsWith(new Uri(network.Address, "/hubs/live").ToString().Replace("http", "ws", StringComparison.Ordinal), socket.Url, StringComparison.Ordinal);
        await Expect(page.Locator("#live")).ToHaveTextAsync("实时更新");
        Assert.False(socket.IsClosed);
        await guard.AssertNoForeignScriptAsync(page);
    }
}
