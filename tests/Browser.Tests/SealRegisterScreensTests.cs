using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Network.Browser.Tests;

/// <summary>
/// The seal register on the console, end to end in a real browser: the township's director issues a
/// numbered seal to a clerk, the clerk (its custodian) asks to use it, the director approves the use
/// (the open seal updates live on both screens), the custodian registers the use, and the printable
/// A4 register shows the seal with the approved and registered use.
/// </summary>
public sealed class SealRegisterScreensTests(NetworkFixture network) : IClassFixture<NetworkFixture>
{
    private const string Township = "510682101";
    private const string Director = "d-510682101";
    private const string Custodian = "c-510682101-civil-affairs-a";
    private const string Serial = "YZ-B01";
    private const string DirectorName = "孙伟俊";
    private const string CustodianName = "夏明辉";

    [Fact]
    public async Task A_director_issues_a_seal_the_custodian_asks_to_use_it_the_director_approves_the_use_is_logged_and_printed()
    {
        var director = await network.NewPageAsync(signInAs: Director);
        await director.GotoAsync("/console.html");
        var issue = director.Locator("#issue-seal");
        await issue.Locator("input[name=serialNumber]").FillAsync(Serial);
        await issue.Locator("input[name=name]").FillAsync("先锋镇便民服务中心业务专用章");
        await issue.Locator("input[name=scope]").FillAsync("<b>办件承诺单</b>、办结通知书");
        await issue.Locator("select[name=custodianId]").SelectOptionAsync(Custodian);
        await issue.Locator("button[type=submit]").ClickAsync();
        await Expect(director.Locator($"#seal-list tr[data-serial=\"{Serial}\"]")).ToContainTextAsync("<b>办件承诺单</b>");
        await Expect(director.Locator("#seal h2")).ToContainTextAsync(Serial);

        var clerk = await network.NewPageAsync(signInAs: Custodian);
        await clerk.GotoAsync("/console.html");
        await Expect(clerk.Locator("#issue-seal")).ToHaveCountAsync(0);
        await clerk.Locator($"#seal-list tr[data-serial=\"{Serial}\"]").ClickAsync();
        var request = clerk.Locator("#request-seal-use");
        await request.Locator("input[name=purpose]").FillAsync("临时救助办结通知书");
        await request.Locator("input[name=copies]").FillAsync("2");
        await request.Locator("button[type=submit]").ClickAsync();
        await Expect(clerk.Locator("#seal tr[data-use=\"1\"]")).ToContainTextAsync("待批准");
        await Expect(clerk.Locator("button.use-record")).ToHaveCountAsync(0);

        // The director's open seal shows the request live, with the approval its view offers.
        var approve = director.Locator("button.use-approve[data-use=\"1\"]");
        await approve.ClickAsync();
        await Expect(director.Locator("#seal tr[data-use=\"1\"]")).ToContainTextAsync(DirectorName);
        await NetworkFixture.ScreenshotAsync(director, "seals-01-console-approved");

        // The custodian's open seal now offers to register the approved use.
        await clerk.Locator("button.use-record[data-use=\"1\"]").ClickAsync();
        await Expect(clerk.Locator("#seal tr[data-use=\"1\"] td").Nth(6)).ToContainTextAsync(CustodianName);
        await Expect(clerk.Locator("button.use-record")).ToHaveCountAsync(0);

        var print = await network.NewPageAsync(signInAs: Director);
        await print.GotoAsync($"/print/seals.html?point={Township}");
        var block = print.Locator($"section[data-seal=\"{Serial}\"]");
        await Expect(block).ToContainTextAsync("临时救助办结通知书");
        await Expect(block).ToContainTextAsync("<b>办件承诺单</b>");
        var use = block.Locator("tbody tr").Last;
        await Expect(use).ToContainTextAsync(DirectorName);
        await Expect(use.Locator("td").Nth(7)).ToHaveTextAsync(CustodianName);
        await Expect(print.Locator("#register")).Not.ToContainTextAsync("null");
        await print.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await Expect(print.Locator("#print")).ToBeHiddenAsync();
        await NetworkFixture.ScreenshotAsync(print, "seals-02-printed-register");
    }
}
