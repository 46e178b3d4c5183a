using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Network.Browser.Tests;

/// <summary>
/// The browser keeps one Idempotency-Key per form submission: when the answer to an intake is lost
/// (the gateway took the matter in, the connection then broke) and the next attempts meet 503s, the
/// page sends the same key each time, and again when the clerk presses the button once more, so
/// the citizen is taken in once; a new submission gets a new key.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class IdempotentSubmissionTests(NetworkFixture network)
{
    private const string Township = "510682101";
    private const string Clerk = "c-510682101-civil-affairs-a";
    private const string Item = "temporary-relief";

    [Fact]
    public async Task A_retried_intake_keeps_its_key_and_takes_the_citizen_in_once_and_the_next_intake_gets_a_new_key()
    {
        var (page, guard) = await PageGuard.OpenAsync(network, signInAs: Clerk);
        await Expect(page.Locator("#live")).ToHaveTextAsync("实时更新");
        var keys = new List<string>();
        var replayed = new List<string?>();
        await page.RouteAsync($"**/api/points/{Township}/matters", async route =>
        {
            if (route.Request.Method != "POST")
            {
                await route.ContinueAsync();
                return;
            }

            int attempt;
            lock (keys)
            {
                keys.Add(route.Request.Headers["idempotency-key"]);
                attempt = keys.Count;
            }

            switch (attempt)
            {
                case 1:
                    // The gateway takes the matter in; the answer never reaches the page.
                    await route.FetchAsync();
                    await route.AbortAsync("connectionreset");
                    break;
                case 2 or 3:
                    await route.FulfillAsync(new RouteFulfillOptions
                    {
                        Status = 503,
                        Headers = new Dictionary<string, string> { ["Retry-After"] = "0" },
                        ContentType = "application/problem+json",
                        Body = """{"status":503,"title":"Service unavailable","detail":"busy","code":"service.busy"}""",
                    });
                    break;
                default:
                    var response = await route.FetchAsync();
                    lock (replayed)
                    {
                        replayed.Add(response.Headers.GetValueOrDefault("idempotency-replayed"));
                    }

                    await route.FulfillAsync(new RouteFulfillOptions { Response = response });
                    break;
            }
        });

        await FillIntakeAsync(page, "赵一次", "11010519491231002X");
        await page.ClickAsync("#take-in");
        await Expect(page.Locator("#intake .notice.error")).ToHaveTextAsync("busy");
        Assert.Equal(3, keys.Count);
        Assert.Single(keys.Distinct());

        // The clerk presses the button again: the same submission, the same key; the gateway answers with the matter it took in.
        await page.ClickAsync("#take-in");
        await Expect(page.Locator("#intake .notice.ok")).ToContainTextAsync("回执号");
        Assert.Equal(4, keys.Count);
        Assert.Single(keys.Distinct());
        Assert.Equal(["true"], replayed);
        await Expect(page.Locator("#queue tbody tr", new() { HasText = "赵一次" })).ToHaveCountAsync(1);

        // A new submission gets a new key.
        await FillIntakeAsync(page, "钱两次", "440524198001010013");
        await page.ClickAsync("#take-in");
        await Expect(page.Locator("#intake .notice.ok")).ToContainTextAsync("回执号");
        await Expect(page.Locator("#queue tbody tr", new() { HasText = "钱两次" })).ToHaveCountAsync(1);
        Assert.Equal(5, keys.Count);
        Assert.NotEqual(keys[0], keys[4]);
        Assert.Equal(2, replayed.Count);
        Assert.NotEqual("true", replayed[1]);
        await guard.AssertNoForeignScriptAsync(page);
    }

    private static async Task FillIntakeAsync(IPage page, string name, string residentId)
    {
        await page.SelectOptionAsync("#item", Item);
        await page.FillAsync("#citizen-name", name);
        await page.FillAsync("#citizen-id", residentId);
        foreach (var box in await page.Locator("#materials input[type=checkbox]").AllAsync())
        {
            await box.CheckAsync();
        }
    }
}
