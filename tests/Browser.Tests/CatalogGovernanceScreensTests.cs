using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Network.Browser.Tests;

/// <summary>
/// In a real browser: 师古镇's director proposes a deviation from the city's master catalog (a
/// shorter time limit, with a reason), the city's director opens it, sees what differs and approves
/// it, and the public catalog and the point's handbook show the approved version in force.
/// </summary>
public sealed class CatalogGovernanceScreensTests(NetworkFixture network) : IClassFixture<NetworkFixture>
{
    private const string Township = "510682102";
    private const string Item = "conscript-family-allowance";

    [Fact]
    public async Task A_township_proposes_a_deviation_the_city_approves_it_and_the_public_catalog_shows_it()
    {
        var township = await network.NewPageAsync(signInAs: $"d-{Township}");
        await township.GotoAsync("/catalog.html");
        var row = township.Locator($"#items tr[data-item=\"{Item}\"]");
        await Expect(row).ToContainTextAsync("10个工作日");
        await Expect(row).ToContainTextAsync("第1版");
        await row.Locator("button.propose").ClickAsync();
        await township.FillAsync("#p-limit", "7");
        await township.FillAsync("#p-reason", "民政办与武装部联合审核，七个工作日可办结");
        await township.ClickAsync("#propose button[type=submit]");
        await Expect(township.Locator("#propose .notice")).ToContainTextAsync("已报请市中心审批");
        await Expect(township.Locator("#mine tbody tr", new() { HasText = "义务兵优待金" })).ToContainTextAsync("待审批");
        await NetworkFixture.ScreenshotAsync(township, "30-catalog-change-proposed");

        var city = await network.NewPageAsync(signInAs: "d-510682");
        await city.GotoAsync("/catalog.html");
        await city.Locator("#incoming tbody tr", new() { HasText = "义务兵优待金" }).ClickAsync();
        var differs = city.Locator("#change table.compare tr.differs");
        await Expect(differs).ToHaveCountAsync(1);
        await Expect(differs).ToContainTextAsync("7个工作日");
        await Expect(differs).ToContainTextAsync("10个工作日");
        await NetworkFixture.ScreenshotAsync(city, "31-catalog-change-for-approval");
        await city.ClickAsync("#approve-form button[type=submit]");
        await Expect(city.Locator("#change-status")).ToHaveTextAsync("已批准");

        var today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var citizen = await network.NewPageAsync();
        await citizen.GotoAsync($"/public/catalog.html?point={Township}&on={today}");
        var card = citizen.Locator($"#items .card[data-item=\"{Item}\"]");
        await Expect(card).ToContainTextAsync("7个工作日");
        await Expect(card.Locator(".version")).ToContainTextAsync("第2版");
        await NetworkFixture.ScreenshotAsync(citizen, "32-public-catalog-approved-version");

        await citizen.GotoAsync($"/public/handbook.html?point={Township}&on={today}");
        var entry = citizen.Locator($"section.item[data-item=\"{Item}\"]");
        await Expect(entry).ToContainTextAsync("7个工作日");
        await Expect(entry.Locator(".flow .box.Intake")).ToHaveCountAsync(1);
        await Expect(entry.Locator(".flow .box.Result")).ToContainTextAsync("7个工作日内办结");
        await NetworkFixture.ScreenshotAsync(citizen, "33-handbook");

        await entry.Locator("a", new() { HasText = "示范文本" }).ClickAsync();
        await Expect(citizen.Locator("#title")).ToHaveTextAsync("《义务兵优待金办理》申请表");
        await Expect(citizen.Locator("#form")).ToContainTextAsync("张某某（示例）");
        await NetworkFixture.ScreenshotAsync(citizen, "34-sample-form");
    }
}
