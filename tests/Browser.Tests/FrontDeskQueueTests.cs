using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Network.Browser.Tests;

/// <summary>
/// The hall's queue end to end in a real browser: a citizen takes a ticket at the kiosk; the clerk
/// on duty calls it from the console; the hall display shows the call and asks the browser's speech
/// synthesis to say it in Chinese; the clerk takes the matter in and serves the ticket into it; the
/// citizen rates the service on the window's rating device.
/// </summary>
public sealed class FrontDeskQueueTests(NetworkFixture network) : IClassFixture<NetworkFixture>
{
    private const string Township = "510682001";
    private const string Clerk = "c-510682001-civil-affairs-a";

    [Fact]
    public async Task A_kiosk_ticket_is_called_from_the_console_spoken_on_the_hall_display_and_served_into_a_matter()
    {
        // The hall display, with speechSynthesis.speak recorded instead of spoken.
        var hall = await network.NewPageAsync(prepare: context => context.AddInitScriptAsync("""
            window.__spoken = [];
            if (window.speechSynthesis) { window.speechSynthesis.speak = (u) => window.__spoken.push(u.text); }
            else { window.speechSynthesis = { speak: (u) => window.__spoken.push(u.text) }; }
            """));
        await hall.GotoAsync($"/hall.html?point={Township}");
        await Expect(hall.Locator("#queue-board")).ToHaveAttributeAsync("data-live", "live");

        var kiosk = await network.NewPageAsync();
        await kiosk.GotoAsync($"/kiosk.html?point={Township}");
        await Expect(kiosk.Locator("body")).ToHaveAttributeAsync("data-ready", "true");
        await kiosk.ClickAsync("#priority button[data-priority=Elderly]");
        await kiosk.ClickAsync(".kiosk-category[data-window=civil-affairs]");
        await Expect(kiosk.Locator("#ticket")).ToBeVisibleAsync();
        var ticket = (await kiosk.Locator("#ticket-number").InnerTextAsync()).Trim();
        Assert.Matches("^A\\d{3}$", ticket);
        await Expect(kiosk.Locator("#ticket-window")).ToHaveTextAsync("1 号民政窗口");
        await Expect(kiosk.Locator("#ticket-priority")).ToHaveTextAsync("绿色通道·老年人");
        await Expect(kiosk.Locator("#ticket-ahead")).ToContainTextAsync("前面还有");
        await NetworkFixture.ScreenshotAsync(kiosk, "20-kiosk-ticket");
        await Expect(hall.Locator("#waiting tr[data-window=civil-affairs] td.num").First).Not.ToHaveTextAsync("0");

        var console = await network.NewPageAsync(signInAs: Clerk);
        var callNext = console.Locator("#ticket-queue button[data-action=call-next][data-window=civil-affairs]");
        await Expect(callNext).ToBeEnabledAsync();
        await Expect(console.Locator("#ticket-queue #bookings")).ToBeAttachedAsync();
        await callNext.ClickAsync();
        var called = console.Locator($"#ticket-queue .queue-ticket[data-ticket={ticket}]");
        await Expect(called).ToHaveAttributeAsync("data-status", "Called");

        var said = $"请 {ticket} 号到 1 号民政窗口";
        await Expect(hall.Locator("#current-call")).ToHaveTextAsync(said);
        await hall.WaitForFunctionAsync("text => window.__spoken.includes(text)", said);
        Assert.Equal([said], await hall.EvaluateAsync<string[]>("() => window.__spoken"));
        await NetworkFixture.ScreenshotAsync(hall, "21-hall-call");

        // The window's rating device (好差评), paired from the console, faces the citizen.
        await console.SelectOptionAsync("#rating-device select", "civil-affairs");
        await console.ClickAsync("#pair-device");
        var pairing = await console.Locator("#pairing-link").GetAttributeAsync("href");
        var device = await network.NewPageAsync();
        await device.GotoAsync(pairing!);
        await Expect(device.Locator("body")).ToHaveAttributeAsync("data-live", "live");

        // The citizen is at the window: the clerk takes the matter in, then serves the ticket into it.
        await console.SelectOptionAsync("#item", "senior-citizen-card");
        await console.FillAsync("#citizen-name", "王秀英");
        await console.FillAsync("#citizen-id", "11010519491231002X");
        await console.FillAsync("#citizen-phone", "13800138000");
        foreach (var box in await console.Locator("#materials input[type=checkbox]").AllAsync())
        {
            await box.CheckAsync();
        }

        await console.ClickAsync("#take-in");
        await Expect(console.Locator("#intake .notice.ok")).ToContainTextAsync("查询码");
        var receipt = (await console.Locator("#intake .notice.ok").InnerTextAsync()).Split(' ')[1];
        var serve = called.Locator("form[data-action=serve]");
        await Expect(serve.Locator("input[name=receiptNumber]")).ToHaveValueAsync(receipt);
        await serve.Locator("button[type=submit]").ClickAsync();
        await Expect(called).ToHaveAttributeAsync("data-status", "Serving");
        await NetworkFixture.ScreenshotAsync(console, "22-console-serving");
        await called.Locator("form[data-action=finish] button[type=submit]").ClickAsync();
        await Expect(called).ToHaveCountAsync(0);

        using var api = await network.ApiAsync(Clerk);
        var queue = await api.GetFromJsonAsync<JsonElement>($"/api/points/{Township}/queue");
        var served = queue.GetProperty("tickets").EnumerateArray().Single(t => t.GetProperty("number").GetString() == ticket);
        Assert.Equal("Finished", served.GetProperty("status").GetString());
        Assert.Equal(receipt, served.GetProperty("receiptNumber").GetString());
        Assert.Equal("Elderly", served.GetProperty("priority").GetString());

        // The citizen rates the service just received on the device: the matter taken in at this window.
        await Expect(device.Locator("#device")).ToContainTextAsync(receipt[^4..]);
        await device.ClickAsync("button[data-level=Satisfied]");
        await device.ClickAsync("button.rating-submit");
        await Expect(device.Locator("#device")).ToContainTextAsync("感谢您的评价");
        await NetworkFixture.ScreenshotAsync(device, "23-rating-after-queue");
    }
}
