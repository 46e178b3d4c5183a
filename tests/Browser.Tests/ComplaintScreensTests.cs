using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Network.Browser.Tests;

/// <summary>
/// End to end in a real browser: a citizen files a complaint on the public page; the township
/// director's workbench, already open, shows it arrive without a reload and acknowledges it from
/// the form its allowed actions offer.
/// </summary>
public sealed class ComplaintScreensTests(NetworkFixture network) : IClassFixture<NetworkFixture>
{
    private const string Township = "510682001";
    private const string Director = "d-510682001";

    [Fact]
    public async Task A_complaint_filed_on_the_public_page_arrives_live_on_the_directors_workbench()
    {
        var director = await network.NewPageAsync(signInAs: Director);
        await director.GotoAsync("/workbench.html");
        await Expect(director.Locator("#complaints-panel[data-live=\"live\"]")).ToHaveCountAsync(1);

        var citizen = await network.NewPageAsync();
        await citizen.GotoAsync($"/public/complaint.html?point={Township}");
        await Expect(citizen.Locator("#phone")).ToHaveTextAsync("0838-8210001");
        await citizen.SelectOptionAsync("#subject", "Window");
        await citizen.FillAsync("#content", "<img src=x onerror=xss(1)> 窗口午休时无人值守");
        await citizen.ClickAsync("#send");
        var number = citizen.Locator("#complaint-number");
        await Expect(number).ToHaveTextAsync(new System.Text.RegularExpressions.Regex($"^{Township}-TS"));
        var text = await number.TextContentAsync();
        await NetworkFixture.ScreenshotAsync(citizen, "complaint-01-public-page");

        var row = director.Locator($"#complaints tbody tr[data-number=\"{text}\"]");
        await Expect(row).ToBeVisibleAsync();
        await row.ClickAsync();
        await Expect(director.Locator("#complaint h2 .badge")).ToHaveTextAsync("已登记");
        await Expect(director.Locator("#complaint")).ToContainTextAsync("<img src=x onerror=xss(1)>");
        await director.ClickAsync("#complaint form[data-action=\"Acknowledge\"] button[type=submit]");
        await Expect(director.Locator("#complaint h2 .badge")).ToHaveTextAsync("已受理");
        await Expect(director.Locator("#complaint form[data-action=\"Reply\"]")).ToHaveCountAsync(0);
        await NetworkFixture.ScreenshotAsync(director, "complaint-02-workbench");
    }
}
