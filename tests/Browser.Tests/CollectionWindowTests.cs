using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Network.Browser.Tests;

/// <summary>
/// In a real browser: a clerk charges a matter's fee at the console in one step and prints its
/// receipt; the amount is shown from integer fen (3 months × 22.00 元 = 66.00 元).
/// </summary>
public sealed class CollectionWindowTests(NetworkFixture network) : IClassFixture<NetworkFixture>
{
    private const string Township = "510682101";
    private const string Clerk = "c-510682101-broadcasting-a";

    [Fact]
    public async Task A_clerk_charges_a_fee_at_the_console_and_prints_the_receipt()
    {
        using var api = await network.ApiAsync(Clerk);
        var intake = await api.PostAsJsonAsync($"/api/points/{Township}/matters", new
        {
            windowId = "broadcasting",
            itemId = "cable-tv-service",
            citizen = new { name = "王秀英", residentId = "11010519491231002X", phone = "13800138000" },
            materialsHandedIn = new[] { "居民身份证", "房屋产权证明或居住证明" },
        });
        intake.EnsureSuccessStatusCode();
        var receiptNumber = JsonDocument.Parse(await intake.Content.ReadAsStringAsync()).RootElement.GetProperty("receiptNumber").GetString()!;

        var page = await network.NewPageAsync(signInAs: Clerk);
        var form = page.Locator("#charge-broadcasting");
        await Expect(form).ToBeVisibleAsync();
        await page.FillAsync("#matterReceiptNumber-broadcasting", receiptNumber);
        await page.FillAsync("#quantity-broadcasting", "3");
        await page.SelectOptionAsync("#charge-broadcasting select[name=method]", "Cash");
        await form.Locator("button[type=submit]").ClickAsync();

        var day = page.Locator(".collection-day[data-window=\"broadcasting\"]");
        var line = day.Locator("table.lines tbody tr").Filter(new LocatorFilterOptions { HasText = "66.00" });
        await Expect(line).ToHaveCountAsync(1);
        await NetworkFixture.ScreenshotAsync(page, "10-console-collection");

        var href = await line.Locator("a.print-receipt").GetAttributeAsync("href");
        Assert.StartsWith("/print/receipt.html?no=", href, StringComparison.Ordinal);
        await page.GotoAsync(href!);
        await Expect(page.Locator("#amount")).ToHaveTextAsync("￥66.00 元");
        await Expect(page.Locator("table.receipt")).ToContainTextAsync(receiptNumber);
        await Expect(page.Locator("table.receipt")).ToContainTextAsync("22.00 元/月 × 3");
        await NetworkFixture.ScreenshotAsync(page, "11-fee-receipt");
    }

    [Fact]
    public async Task The_hall_shows_who_is_on_duty_and_the_leader_receiving_citizens_today()
    {
        const string point = "510682104";
        var today = new DateTimeOffset(DateTime.UtcNow).ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var director = await network.ApiAsync($"d-{point}");
        var roster = $"/api/points/{point}/roster/{today[..7]}";

        // Today is a working day (a full-day window shift) or a day off (holiday duty): the calendar decides, the grain refuses the other.
        var drafted = await director.PutAsJsonAsync(roster, Draft(today, "day", "water-land"));
        if (!drafted.IsSuccessStatusCode)
        {
            Assert.Contains("roster.shiftOnDayOff", await drafted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            drafted = await director.PutAsJsonAsync(roster, Draft(today, "holiday", null));
        }

        drafted.EnsureSuccessStatusCode();
        (await director.PostAsync($"{roster}/publish", null)).EnsureSuccessStatusCode();

        var hall = await network.NewPageAsync();
        await hall.GotoAsync($"/hall.html?point={point}");
        await Expect(hall.Locator("#duty-today .leader")).ToContainTextAsync("副镇长 刘强");
        await Expect(hall.Locator("#duty-today .duty-posts li")).ToHaveCountAsync(1);
        await Expect(hall.Locator("#duty-today")).Not.ToContainTextAsync($"c-{point}");
        await NetworkFixture.ScreenshotAsync(hall, "12-hall-duty");
    }

    private static object Draft(string date, string shiftId, string? windowId) => new
    {
        assignments = new[] { new { date, shiftId, clerkId = "c-510682104-water-land-a", windowId } },
        leaders = new[] { new { date, name = "刘强", title = "副镇长" } },
    };
}
