using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Network.Browser.Tests;

/// <summary>
/// End to end in a real browser: a village clerk takes in a matter and hands it upward; the city
/// monitor, open in a second browser context, sees it arrive without a reload; the township clerk
/// decides it; the village clerk's page shows the result without a reload and delivers it. A
/// further notice after the one-time notice goes through the village's director, who extends the limit.
/// </summary>
public sealed class ScreensTests(NetworkFixture network) : IClassFixture<NetworkFixture>
{
    private const string Village = "510682001001";
    private const string Township = "510682001";
    private const string City = "510682";
    private const string VillageClerk = "c-510682001001-civil-affairs-a";
    private const string ProxyItem = "minimum-living-allowance-application";

    [Fact]
    public async Task A_village_matter_travels_up_and_its_result_comes_back_live_on_every_screen()
    {
        var monitor = await network.NewPageAsync(signInAs: $"m-{City}");
        await monitor.GotoAsync($"/monitor.html?city={City}");
        await Expect(monitor.Locator("#live")).ToHaveTextAsync("实时更新");
        // Handed up, the matter is held for work at the township (排队 counts people waiting with a ticket).
        var townshipQueue = monitor.Locator($"tr.node[data-code=\"{Township}\"] td.num[data-figure=held]");
        var queueBefore = int.Parse(await townshipQueue.InnerTextAsync());

        var village = await network.NewPageAsync(signInAs: VillageClerk);
        await Expect(village.Locator("#live")).ToHaveTextAsync("实时更新");
        await village.SelectOptionAsync("#item", ProxyItem);
        await Expect(village.Locator("#item-fields")).ToContainTextAsync("政策依据");
        await village.FillAsync("#citizen-name", "王秀英");
        await village.FillAsync("#citizen-id", "11010519491231002X");
        await village.FillAsync("#citizen-phone", "13800138000");
        foreach (var box in await village.Locator("#materials input[type=checkbox]").AllAsync())
        {
            await box.CheckAsync();
        }

        await NetworkFixture.ScreenshotAsync(village, "01-console-intake");
        await village.ClickAsync("#take-in");
        await Expect(village.Locator("#intake .notice.ok")).ToContainTextAsync("查询码");
        var intake = await village.Locator("#intake .notice.ok").InnerTextAsync();
        var receipt = intake.Split(' ')[1];
        var progressCode = intake.Split("查询码 ")[1].Trim();
        Assert.Matches("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$", progressCode);
        await Expect(village.Locator("#matter form[data-action=\"hand-up\"]")).ToBeVisibleAsync();
        await NetworkFixture.ScreenshotAsync(village, "02-console-matter");

        await village.Locator("#matter form[data-action=\"hand-up\"] button[type=submit]").ClickAsync();
        await Expect(village.Locator("#matter h2 .badge")).ToHaveTextAsync("已上报");

        // The monitor, in another browser context, sees the township's held matters grow without a reload.
        await Expect(townshipQueue).ToHaveTextAsync((queueBefore + 1).ToString());
        await NetworkFixture.ScreenshotAsync(monitor, "03-city-monitor");

        var townshipClerk = await network.NewPageAsync(signInAs: $"c-{Township}-civil-affairs-a");
        var row = townshipClerk.Locator($"#queue tr[data-receipt=\"{receipt}\"]");
        await Expect(row).ToBeVisibleAsync();
        await row.ClickAsync();
        var decide = townshipClerk.Locator("#matter form[data-action=\"decide\"]");
        await decide.Locator("input[name=resultNote]").FillAsync("经审核，符合低保条件，准予纳入");
        await NetworkFixture.ScreenshotAsync(townshipClerk, "04-township-console");
        await decide.Locator("button[type=submit]").ClickAsync();
        await Expect(townshipClerk.Locator("#matter h2 .badge")).ToHaveTextAsync("待送达");

        // The village clerk's page shows the result arriving, without a reload, and delivers it.
        await Expect(village.Locator("#matter h2 .badge")).ToHaveTextAsync("待送达");
        await Expect(village.Locator("#matter")).ToContainTextAsync("经审核，符合低保条件，准予纳入");
        await village.Locator("#matter form[data-action=\"deliver\"] button[type=submit]").ClickAsync();
        await Expect(village.Locator("#matter h2 .badge")).ToHaveTextAsync("已办结");
        await Expect(village.Locator("#matter ol.history")).ToContainTextAsync("结果到达");
        await NetworkFixture.ScreenshotAsync(village, "05-console-delivered");

        var citizen = await network.NewPageAsync();
        await citizen.GotoAsync("/public/progress.html");
        await citizen.FillAsync("#receipt", receipt);
        await citizen.FillAsync("#proof", progressCode);
        await citizen.ClickAsync("#lookup button[type=submit]");
        await Expect(citizen.Locator("#result .badge")).ToHaveTextAsync("已办结");
        await NetworkFixture.ScreenshotAsync(citizen, "06-public-progress");
    }

    [Fact]
    public async Task A_missing_material_gives_a_printable_notice_and_the_form_shows_the_servers_reason()
    {
        // The village's hall display, without sign-in, follows the village's public feed.
        var hall = await network.NewPageAsync();
        await hall.GotoAsync($"/hall.html?point={Village}");
        await Expect(hall.Locator("body[data-live=\"live\"]")).ToHaveCountAsync(1);
        var acceptedBefore = await hall.Locator("#accepted").InnerTextAsync();

        var village = await network.NewPageAsync(signInAs: VillageClerk);
        await village.SelectOptionAsync("#item", ProxyItem);
        await village.FillAsync("#citizen-name", "李娜");
        await village.FillAsync("#citizen-id", "110105194912310021");
        await Expect(village.Locator(".field-error[data-for=\"citizen.residentId\"]")).ToHaveTextAsync("身份证号格式或校验位不正确");
        await village.ClickAsync("#take-in");
        await Expect(village.Locator(".field-error[data-for=\"citizen.residentId\"]")).Not.ToBeEmptyAsync();
        await NetworkFixture.ScreenshotAsync(village, "07-console-validation");

        await village.FillAsync("#citizen-id", "440524198001010013");
        await village.Locator("#materials input[type=checkbox]").First.CheckAsync();
        await village.ClickAsync("#take-in");
        await Expect(village.Locator("#matter h2 .badge")).ToHaveTextAsync("待补正");
        var intake = await village.Locator("#intake .notice.ok").InnerTextAsync();
        var receipt = intake.Split(' ')[1];
        var progressCode = intake.Split("查询码 ")[1].Trim();
        var notice = await village.RunAndWaitForPopupAsync(() => village.ClickAsync("#matter a[href^=\"/print/notice.html\"]"));
        await Expect(notice.Locator("#page h1")).ToContainTextAsync("一次性告知书");
        await Expect(notice.Locator("#page ol li")).ToHaveCountAsync(4);
        await Expect(notice.Locator("#page .progress-code")).ToHaveTextAsync(progressCode);
        await NetworkFixture.ScreenshotAsync(notice, "08-print-notice");

        // The hall counts the intake live, and shows the item the window serves, never the receipt number.
        await Expect(hall.Locator("#accepted")).Not.ToHaveTextAsync(acceptedBefore);
        await Expect(hall.Locator(".hall-window[data-window=\"civil-affairs\"] .serving")).ToContainTextAsync("城镇居民最低生活保障办理"); // the item's name in the city's master catalog (docs/catalog-governance.md)
        Assert.DoesNotContain(receipt[^8..], await hall.Locator("body").InnerTextAsync(), StringComparison.Ordinal);

        // The one-time notice is used: once the materials are in, a further one is asked of the
        // village's director, who extends the limit (延期) and approves it from the forms offered.
        var supply = village.Locator("#matter form[data-action=\"supplement\"]");
        foreach (var box in await supply.Locator("input[type=checkbox]").AllAsync())
        {
            await box.CheckAsync();
        }

        await supply.Locator("button[type=submit]").ClickAsync();
        await Expect(village.Locator("#matter h2 .badge")).ToHaveTextAsync("办理中");
        await Expect(village.Locator("#matter form[data-action=\"request-supplement\"]")).ToHaveCountAsync(0);
        var ask = village.Locator("#matter form[data-action=\"ask-supplement-approval\"]");
        await ask.Locator("input[type=checkbox]").First.CheckAsync();
        await ask.Locator("input[name=reason]").FillAsync("身份证复印件不清晰");
        await ask.Locator("button[type=submit]").ClickAsync();
        await Expect(village.Locator("#matter")).ToContainTextAsync("待批准的再次告知");

        var director = await network.NewPageAsync(signInAs: $"d-{Village}");
        await director.Locator($"#queue tr[data-receipt=\"{receipt}\"]").ClickAsync();
        var extend = director.Locator("#matter form[data-action=\"extend\"]");
        await extend.Locator("input[name=workingDays]").FillAsync("3");
        await extend.Locator("input[name=reason]").FillAsync("需入户核查家庭收入");
        await extend.Locator("button[type=submit]").ClickAsync();
        await Expect(director.Locator("#matter")).ToContainTextAsync("已延期");
        var approve = director.Locator("#matter form[data-action=\"approve-supplement\"]");
        await approve.Locator("input[name=reason]").FillAsync("同意再次告知");
        await approve.Locator("button[type=submit]").ClickAsync();
        await Expect(director.Locator("#matter h2 .badge")).ToHaveTextAsync("待补正");
        await Expect(director.Locator("#matter ol.history")).ToContainTextAsync("批准再次告知");
        await Expect(director.Locator("#matter")).ToContainTextAsync("同意再次告知");
        await NetworkFixture.ScreenshotAsync(director, "08b-director-further-notice");
    }

    [Fact]
    public async Task The_hall_display_and_the_public_catalog_show_the_point_in_chinese()
    {
        var hall = await network.NewPageAsync();
        await hall.GotoAsync($"/hall.html?point={Village}");
        await Expect(hall.Locator("#point-name")).ToHaveTextAsync("京什社区便民服务站");
        await Expect(hall.Locator(".hall-window")).ToHaveCountAsync(7);
        await Expect(hall.Locator(".hall-window .duty").First).ToContainTextAsync("在岗");
        await NetworkFixture.ScreenshotAsync(hall, "09-hall-display");

        var catalog = await network.NewPageAsync();
        await catalog.GotoAsync($"/public/catalog.html?point={Township}");
        await Expect(catalog.Locator("#items .card").First).ToContainTextAsync("收费标准");
        await NetworkFixture.ScreenshotAsync(catalog, "10-public-catalog");

        await catalog.ClickAsync("#lang");
        await Expect(catalog.Locator("#items .card").First).ToContainTextAsync("Fee");
        await NetworkFixture.ScreenshotAsync(catalog, "11-public-catalog-en");
    }
}
