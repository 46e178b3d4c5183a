using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Network.Browser.Tests;

/// <summary>
/// An appointment end to end in a real browser (预约 → 签到 → 叫号): a citizen books on the public
/// page (item with its materials list shown, day, slot, name and mobile number) and gets a booking
/// code; at the hall's kiosk the code checks in for a priority ticket; the clerk on duty calls it
/// from the console, ahead of a ticket taken earlier without priority. The network's trade clock
/// is on a known working day (<see cref="KnownDayNetworkFixture"/>), 09:10.
/// </summary>
public sealed class AppointmentCheckInTests(KnownDayNetworkFixture network) : IClassFixture<KnownDayNetworkFixture>
{
    private const string Township = "510682001";
    private const string Clerk = "c-510682001-civil-affairs-a";
    private const string Item = "senior-citizen-card";

    [Fact]
    public async Task A_booking_made_on_the_public_page_checks_in_at_the_kiosk_for_a_priority_ticket_called_from_the_console()
    {
        // Someone already waits at the window without priority: the checked-in appointment goes first.
        var kiosk = await network.NewPageAsync();
        await kiosk.GotoAsync($"/kiosk.html?point={Township}");
        await Expect(kiosk.Locator("body")).ToHaveAttributeAsync("data-ready", "true");
        await kiosk.ClickAsync(".kiosk-category[data-window=civil-affairs]");
        await Expect(kiosk.Locator("#ticket")).ToBeVisibleAsync();
        var walkIn = (await kiosk.Locator("#ticket-number").InnerTextAsync()).Trim();
        await kiosk.ClickAsync("#done");

        var booking = await network.NewPageAsync();
        await booking.GotoAsync($"/public/appointment.html?point={Township}");
        await Expect(booking.Locator("body")).ToHaveAttributeAsync("data-ready", "true");
        await booking.SelectOptionAsync("#item", Item);
        await Expect(booking.Locator("#materials")).ToContainTextAsync("需携带材料：");
        await Expect(booking.Locator("#materials")).ToContainTextAsync("居民身份证");
        await booking.FillAsync("#date", KnownDayNetworkFixture.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Expect(booking.Locator("#start option[value='10:00']")).ToBeAttachedAsync();
        await booking.SelectOptionAsync("#start", "10:00");
        await booking.FillAsync("#name", "王秀英");
        await booking.FillAsync("#phone", "13800138000");
        await booking.ClickAsync("#book-submit");
        await Expect(booking.Locator("#confirmation")).ToBeVisibleAsync();
        var code = (await booking.Locator("#booking-code").InnerTextAsync()).Trim();
        Assert.Matches("^1008-[0-9A-Z]{4}$", code);
        await Expect(booking.Locator("#confirmation")).ToContainTextAsync("10:00-10:30");
        await Expect(booking.Locator("#confirmation")).ToContainTextAsync("需携带材料：");
        await NetworkFixture.ScreenshotAsync(booking, "24-appointment-booked");

        await kiosk.FillAsync("#booking-code", code);
        await kiosk.ClickAsync("#check-in button[type=submit]");
        await Expect(kiosk.Locator("#ticket")).ToBeVisibleAsync();
        var ticket = (await kiosk.Locator("#ticket-number").InnerTextAsync()).Trim();
        Assert.Matches("^A\\d{3}$", ticket);
        Assert.NotEqual(walkIn, ticket);
        await Expect(kiosk.Locator("#ticket-priority")).ToHaveTextAsync("预约优先");
        await Expect(kiosk.Locator("#ticket-window")).ToHaveTextAsync("1 号民政窗口");
        await NetworkFixture.ScreenshotAsync(kiosk, "25-kiosk-check-in");

        var console = await network.NewPageAsync(signInAs: Clerk);
        await Expect(console.Locator($"#ticket-queue #bookings li[data-code='{code}']")).ToHaveAttributeAsync("data-status", "CheckedIn");
        var callNext = console.Locator("#ticket-queue button[data-action=call-next][data-window=civil-affairs]");
        await Expect(callNext).ToBeEnabledAsync();
        await callNext.ClickAsync();
        var called = console.Locator($"#ticket-queue .queue-ticket[data-ticket={ticket}]");
        await Expect(called).ToHaveAttributeAsync("data-status", "Called");
        await Expect(called).ToContainTextAsync("预约");
        await Expect(console.Locator($"#ticket-queue .queue-ticket[data-ticket={walkIn}]")).ToHaveCountAsync(0);
        await NetworkFixture.ScreenshotAsync(console, "26-console-appointment-called");

        using var api = await network.ApiAsync(Clerk);
        var book = await api.GetFromJsonAsync<JsonElement>($"/api/points/{Township}/appointments");
        var booked = book.GetProperty("bookings").EnumerateArray().Single(b => b.GetProperty("code").GetString() == code);
        Assert.Equal(("CheckedIn", ticket), (booked.GetProperty("status").GetString(), booked.GetProperty("ticketNumber").GetString()));
        Assert.DoesNotContain("13800138000", book.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("王秀英", book.GetRawText(), StringComparison.Ordinal);
    }
}
