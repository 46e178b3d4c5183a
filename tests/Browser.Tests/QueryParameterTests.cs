using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static Network.Browser.Tests.Payloads;

namespace Network.Browser.Tests;

/// <summary>
/// Markup and javascript: URLs in every query parameter of every page: the page uses the value
/// only as data (an encoded path segment, a looked-up key), shows at most a refusal as text, and
/// nothing planted runs. The sign-in page follows ?next= only to a path on this site.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class QueryParameterTests(NetworkFixture network)
{
    private static readonly string Planted = Uri.EscapeDataString(Long(20));

    [Fact]
    public async Task Markup_in_the_city_parameter_of_the_monitor_is_refused_as_text()
    {
        var (page, guard) = await PageGuard.OpenAsync(network, signInAs: "m-510682");
        await page.GotoAsync($"/monitor.html?city={Planted}");
        await Expect(page.Locator("#kpis .notice.error")).Not.ToBeEmptyAsync();
        await guard.AssertNoForeignScriptAsync(page);

        await page.GotoAsync("/monitor.html?city=..");
        await Expect(page.Locator("#kpis .notice.error")).ToContainTextAsync("Not a path segment");
        await guard.AssertNoForeignScriptAsync(page);
    }

    [Fact]
    public async Task Markup_in_the_point_parameter_of_the_hall_and_the_catalog_and_in_the_receipt_of_the_print_pages_runs_nothing()
    {
        var (hall, hallGuard) = await PageGuard.OpenAsync(network);
        await hall.GotoAsync($"/hall.html?point={Planted}");
        Assert.False(string.IsNullOrEmpty(await hallGuard.PageError.WaitAsync(TimeSpan.FromSeconds(30))));
        await Expect(hall.Locator("#point-name")).ToBeEmptyAsync();
        await hallGuard.AssertNoForeignScriptAsync(hall);

        var (guide, guideGuard) = await PageGuard.OpenAsync(network);
        await guide.GotoAsync($"/public/catalog.html?point={Planted}");
        await Expect(guide.Locator("#items .card").First).ToBeVisibleAsync();
        await guideGuard.AssertNoForeignScriptAsync(guide);

        var (print, printGuard) = await PageGuard.OpenAsync(network, signInAs: "c-510682101-civil-affairs-a");
        foreach (var kind in new[] { "notice", "slip" })
        {
            await print.GotoAsync($"/print/{kind}.html?receipt={Planted}");
            await Expect(print.Locator("#page")).Not.ToBeEmptyAsync();
            await printGuard.AssertNoForeignScriptAsync(print);
        }
    }

    [Fact]
    public async Task Markup_typed_into_the_progress_lookup_and_put_in_its_query_comes_back_as_text()
    {
        var (page, guard) = await PageGuard.OpenAsync(network);
        await page.GotoAsync($"/public/progress.html?receipt={Planted}&code={Planted}");
        await page.FillAsync("#receipt", Long(21));
        await page.FillAsync("#proof", "<b>");
        await page.ClickAsync("#lookup button[type=submit]");
        await Expect(page.Locator("#lookup .notice.error, #lookup .field-error:not(:empty)").First).ToBeVisibleAsync();
        Assert.True(await page.Locator("#result").IsHiddenAsync());
        await guard.AssertNoForeignScriptAsync(page);
    }

    [Theory]
    [InlineData("//evil.example/console.html")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("javascript:xss(30)")]
    [InlineData("/..//evil.example")]
    [InlineData("/\t/evil.example")]
    public async Task After_sign_in_next_is_followed_only_to_a_path_on_this_site(string next)
    {
        var (page, guard) = await PageGuard.OpenAsync(network);
        await page.GotoAsync($"/index.html?next={Uri.EscapeDataString(next)}");
        await page.FillAsync("#clerkId", "c-510682101-civil-affairs-a");
        await page.FillAsync("#password", NetworkFixture.DemoPassword);
        await page.ClickAsync("#sign-in button[type=submit]");
        await page.WaitForURLAsync(new Uri(network.Address, "/console.html").ToString());
        await Expect(page.Locator("#live")).ToHaveTextAsync("实时更新");
        await guard.AssertNoForeignScriptAsync(page);
    }

    [Fact]
    public async Task After_sign_in_a_local_next_is_followed()
    {
        var (page, guard) = await PageGuard.OpenAsync(network);
        await page.GotoAsync($"/index.html?next={Uri.EscapeDataString("/monitor.html?city=510682")}");
        await page.FillAsync("#clerkId", "m-510682");
        await page.FillAsync("#password", NetworkFixture.DemoPassword);
        await page.ClickAsync("#sign-in button[type=submit]");
        await page.WaitForURLAsync(new Uri(network.Address, "/monitor.html?city=510682").ToString());
        await Expect(page.Locator("#live")).ToHaveTextAsync("实时更新");
        await guard.AssertNoForeignScriptAsync(page);
    }

    [Fact]
    public async Task The_one_local_path_rule_accepts_site_paths_and_refuses_everything_else()
    {
        var (page, _) = await PageGuard.OpenAsync(network);
        await page.GotoAsync("/index.html");
        var verdicts = await page.EvaluateAsync<Dictionary<string, string?>>("""
            async () => {
              const { localPath } = await import("/js/url.js");
              const cases = ["/console.html", "/monitor.html?city=510682#top", "//evil.example", "/\\evil.example", "\\/evil.example",
                "https://evil.example/", "HTTPS://evil.example", "javascript:xss(31)", " javascript:xss(32)", "data:text/html,x",
                "/..//evil.example", "/\t/evil.example", "/\n/evil.example", "console.html", ""];
              return Object.fromEntries(cases.map((c) => [c, localPath(c)]));
            }
            """);
        Assert.Equal("/console.html", verdicts["/console.html"]);
        Assert.Equal("/monitor.html?city=510682#top", verdicts["/monitor.html?city=510682#top"]);
        Assert.All(verdicts.Where(v => !v.Key.StartsWith("/console", StringComparison.Ordinal) && !v.Key.StartsWith("/monitor", StringComparison.Ordinal)),
            v => Assert.True(v.Value is null, $"{v.Key} → {v.Value}"));
    }
}
