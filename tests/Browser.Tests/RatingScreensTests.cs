using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Network.Browser.Tests;

/// <summary>
/// Ratings (好差评) in a real browser: the clerk pairs the citizen-facing rating device from the
/// console, serves a citizen, the citizen rates on the device, and the bad rating arrives live on
/// the township director's workbench, where the call-back is recorded. A closed matter is rated
/// from the public progress page.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class RatingScreensTests(NetworkFixture network)
{
    private const string Township = "510682101";
    private const string Window = "civil-affairs";
    private const string Clerk = "c-510682101-civil-affairs-a";
    private const string Director = "d-510682101";
    private const string Item = "temporary-relief";
    private static readonly string[] Materials = ["居民身份证", "户口簿", "临时救助申请书", "困难情况证明材料"];

    [Fact]
    public async Task A_bad_rating_on_the_rating_device_arrives_live_on_the_directors_workbench()
    {
        var director = await network.NewPageAsync(signInAs: Director);
        await director.GotoAsync("/workbench.html");
        await Expect(director.Locator("#live")).ToHaveTextAsync("● live");
        await Expect(director.Locator("#panel-rectifications h2")).ToContainTextAsync("差评整改");

        var console = await network.NewPageAsync(signInAs: Clerk);
        await console.SelectOptionAsync("#rating-device select", Window);
        await console.ClickAsync("#pair-device");
        var link = await console.Locator("#pairing-link").GetAttributeAsync("href");
        Assert.StartsWith($"/rate.html#pair={Township}/{Window}/", link);
        await NetworkFixture.ScreenshotAsync(console, "20-console-pair-rating-device");

        // The tablet: another browser, nobody signed in.
        var device = await network.NewPageAsync();
        await device.GotoAsync(link!);
        await Expect(device.Locator("body")).ToHaveAttributeAsync("data-live", "live");
        await Expect(device.Locator("#device")).ToContainTextAsync("欢迎办事");
        Assert.DoesNotContain("#pair", device.Url, StringComparison.Ordinal);

        using var clerk = await network.ApiAsync(Clerk);
        var intake = await clerk.PostAsJsonAsync($"/api/points/{Township}/matters", new
        {
            windowId = Window,
            itemId = Item,
            citizen = new { name = "王秀英", residentId = "11010519491231002X", phone = "13800138000" },
            materialsHandedIn = Materials,
        });
        intake.EnsureSuccessStatusCode();
        var receipt = (await intake.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receiptNumber").GetString()!;

        await Expect(device.Locator("#device")).ToContainTextAsync("民政临时救济办理");
        await Expect(device.Locator("#device")).ToContainTextAsync(receipt[^4..]);
        await device.ClickAsync("button[data-level=VeryDissatisfied]");
        await device.CheckAsync("input[name=aspects][value=Attitude]");
        await device.FillAsync("textarea[name=comment]", "<img src=x onerror=xss(1)>态度冷淡");
        await device.CheckAsync("input[name=named]");
        await NetworkFixture.ScreenshotAsync(device, "21-rating-device");
        await device.ClickAsync("button.rating-submit");
        await Expect(device.Locator("#device")).ToContainTextAsync("感谢您的评价");
        await Expect(device.Locator("#device")).ToContainTextAsync("1个工作日内回访");

        // The director's workbench shows it without a reload.
        var row = director.Locator($"#rectification-rows tr[data-id=\"{receipt}/c1\"]");
        await Expect(row).ToBeVisibleAsync();
        await Expect(row).ToContainTextAsync("非常不满意");
        await Expect(row).ToContainTextAsync("待回访核实");
        await row.ClickAsync();
        var callBack = director.Locator("#rectification-detail form[data-action=CallBack]");
        await Expect(callBack).ToBeVisibleAsync();
        await Expect(director.Locator("#rectification-detail")).ToContainTextAsync("<img src=x onerror=xss(1)>态度冷淡");
        await Expect(director.Locator("#rectification-detail")).ToContainTextAsync("13800138000");
        Assert.Equal(0, await director.Locator("#rectification-detail img").CountAsync());
        await NetworkFixture.ScreenshotAsync(director, "22-workbench-bad-rating");

        await callBack.Locator("input[name=reached]").CheckAsync();
        await callBack.Locator("textarea[name=findings]").FillAsync("已电话回访，群众反映窗口人员态度冷淡，情况属实");
        await callBack.Locator("button[type=submit]").ClickAsync();
        await Expect(row).ToContainTextAsync("已核实");
        await Expect(director.Locator("#rectification-detail form[data-action=Resolve]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_closed_matter_is_rated_once_from_the_public_progress_page()
    {
        using var clerk = await network.ApiAsync(Clerk);
        var intake = await clerk.PostAsJsonAsync($"/api/points/{Township}/matters", new
        {
            windowId = Window,
            itemId = Item,
            citizen = new { name = "李明", residentId = "11010519491231002X" },
            materialsHandedIn = Materials,
        });
        intake.EnsureSuccessStatusCode();
        var matter = await intake.Content.ReadFromJsonAsync<JsonElement>();
        var receipt = matter.GetProperty("receiptNumber").GetString()!;
        var code = matter.GetProperty("progressCode").GetString()!;
        (await clerk.PostAsJsonAsync($"/api/matters/{receipt}/complete", new { resultNote = "已发放" })).EnsureSuccessStatusCode();

        var citizen = await network.NewPageAsync();
        await citizen.GotoAsync($"/public/progress.html?receipt={receipt}&channel=slip");
        await Expect(citizen.Locator("#receipt")).ToHaveValueAsync(receipt);
        await citizen.FillAsync("#proof", code);
        await citizen.ClickAsync("#lookup button[type=submit]");
        await Expect(citizen.Locator("#rating")).ToContainTextAsync("一事一评");
        await citizen.ClickAsync("#rating button[data-level=Satisfied]");
        await citizen.ClickAsync("#rating button.rating-submit");
        await Expect(citizen.Locator("#rating")).ToContainTextAsync("感谢您的评价");
        await NetworkFixture.ScreenshotAsync(citizen, "23-progress-rating");

        await citizen.ClickAsync("#lookup button[type=submit]");
        await Expect(citizen.Locator("#rating")).ToContainTextAsync("本次办件已评价");
    }
}
