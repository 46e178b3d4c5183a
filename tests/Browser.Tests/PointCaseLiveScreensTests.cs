using static Microsoft.Playwright.Assertions;

namespace Network.Browser.Tests;

/// <summary>
/// Petitions and online applications arrive live on screens already open: a petition a clerk
/// registers at the console appears on the director's workbench, and an application a citizen
/// submits appears on the clerk's pre-examination list, both without a reload (one live connection
/// per page).
/// </summary>
public sealed class PointCaseLiveScreensTests(NetworkFixture network) : IClassFixture<NetworkFixture>
{
    private const string Township = "510682101";
    private const string Clerk = "c-510682101-civil-affairs-a";

    [Fact]
    public async Task A_registered_petition_and_a_submitted_application_appear_live_on_the_screens_already_open()
    {
        var director = await network.NewPageAsync(signInAs: "d-510682101");
        await director.GotoAsync("/workbench.html");
        await Expect(director.Locator("#petition-count")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("（\\d+）"));
        var clerk = await network.NewPageAsync(signInAs: Clerk);
        await clerk.GotoAsync("/console.html");
        await Expect(clerk.Locator("#online-applications")).ToBeVisibleAsync();

        var form = clerk.Locator("#petition-form");
        await form.Locator("[name=\"petitioner.name\"]").FillAsync("王五");
        await form.Locator("[name=\"petitioner.residentId\"]").FillAsync("11010519491231002X");
        await form.Locator("[name=\"request\"]").FillAsync("反映村道积水问题。");
        await clerk.ClickAsync("#register-petition");
        await Expect(form.Locator(".notice.ok")).ToContainTextAsync($"{Township}-XF");
        var number = System.Text.RegularExpressions.Regex.Match((await form.Locator(".notice.ok").TextContentAsync())!, $"{Township}-XF\\d{{8}}-[0-9A-Za-z]+").Value;
        await Expect(director.Locator($"#petition-rows tr[data-number=\"{number}\"]")).ToContainTextAsync("待决定受理");

        var citizen = await network.NewPageAsync();
        await citizen.GotoAsync($"/public/online-filing.html?point={Township}");
        await citizen.SelectOptionAsync("#item", "temporary-relief");
        await citizen.FillAsync("#description", "家中突发火灾，申请临时救助");
        await citizen.FillAsync("#name", "王秀英");
        await citizen.FillAsync("#resident-id", "11010519491231002X");
        await citizen.FillAsync("#phone", "13800138000");
        await citizen.ClickAsync("#start");
        await Expect(citizen.Locator("#application-number")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex($"^{Township}-WS"));
        var application = (await citizen.Locator("#application-number").TextContentAsync())!;
        await Expect(clerk.Locator($"#online-applications tbody tr[data-number=\"{application}\"]")).ToHaveCountAsync(0); // a draft is not listed
        await citizen.ClickAsync("#submit-application");
        await Expect(clerk.Locator($"#online-applications tbody tr[data-number=\"{application}\"]")).ToContainTextAsync("待预审");
    }
}
