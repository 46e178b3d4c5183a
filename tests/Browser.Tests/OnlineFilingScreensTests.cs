using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Network.Browser.Tests;

/// <summary>
/// End to end in a real browser: a citizen files an application online with its materials uploaded,
/// the clerk of the item's window accepts it in the console, and the citizen sees it accepted, with
/// the matter's receipt number, on the progress part of the same page.
/// </summary>
public sealed class OnlineFilingScreensTests(NetworkFixture network) : IClassFixture<NetworkFixture>
{
    private const string Township = "510682101";
    private const string Clerk = "c-510682101-civil-affairs-a";
    private static readonly string[] Materials = ["居民身份证", "户口簿", "临时救助申请书", "困难情况证明材料"];

    [Fact]
    public async Task A_citizen_files_online_with_uploads_the_clerk_accepts_it_and_the_citizen_sees_it_accepted()
    {
        var citizen = await network.NewPageAsync();
        await citizen.GotoAsync($"/public/online-filing.html?point={Township}");
        await citizen.SelectOptionAsync("#item", "temporary-relief");
        await citizen.FillAsync("#description", "<img src=x onerror=xss(1)> 家中突发火灾，申请临时救助");
        await citizen.FillAsync("#name", "王秀英");
        await citizen.FillAsync("#resident-id", "11010519491231002X");
        await citizen.FillAsync("#phone", "13800138000");
        await citizen.ClickAsync("#start");
        var numberCell = citizen.Locator("#application-number");
        await Expect(numberCell).ToHaveTextAsync(new System.Text.RegularExpressions.Regex($"^{Township}-WS"));
        var number = (await numberCell.TextContentAsync())!;
        var code = (await citizen.Locator("#application-code").TextContentAsync())!;

        for (var i = 0; i < Materials.Length; i++)
        {
            var upload = citizen.Locator($"div.upload:has(input[data-material=\"{Materials[i]}\"])");
            await upload.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
            {
                Name = $"{Materials[i]}.pdf",
                MimeType = "application/pdf",
                Buffer = Encoding.UTF8.GetBytes($"%PDF-1.7\n{Materials[i]}"),
            });
            await upload.Locator("button").ClickAsync();
            await Expect(citizen.Locator("#files li")).ToHaveCountAsync(i + 1);
        }

        await citizen.ClickAsync("#submit-application");
        await Expect(citizen.Locator("#application-status")).ToHaveAttributeAsync("data-status", "Submitted");
        await NetworkFixture.ScreenshotAsync(citizen, "online-filing-01-submitted");

        var clerk = await network.NewPageAsync(signInAs: Clerk);
        await clerk.GotoAsync("/console.html");
        var row = clerk.Locator($"#online-applications tbody tr[data-number=\"{number}\"]");
        await Expect(row).ToBeVisibleAsync();
        await row.ClickAsync();
        await Expect(clerk.Locator("#online-application")).ToContainTextAsync("<img src=x onerror=xss(1)>");
        await Expect(clerk.Locator("#online-application ul.files li")).ToHaveCountAsync(Materials.Length);
        await clerk.ClickAsync("#accept-online");
        await Expect(clerk.Locator("#online-receipt")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex($"^{Township}-"));
        await NetworkFixture.ScreenshotAsync(clerk, "online-filing-02-console-accepted");

        var later = await network.NewPageAsync();
        await later.GotoAsync($"/public/online-filing.html?point={Township}");
        await later.FillAsync("#lookup-number", number);
        await later.FillAsync("#lookup-code", code);
        await later.ClickAsync("#look-up");
        await Expect(later.Locator("#application-status")).ToHaveTextAsync("已受理");
        await Expect(later.Locator("#receipt-number")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex($"^{Township}-"));
        await NetworkFixture.ScreenshotAsync(later, "online-filing-03-progress-accepted");
    }
}
