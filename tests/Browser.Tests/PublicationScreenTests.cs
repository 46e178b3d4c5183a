using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Network.Browser.Tests;

/// <summary>The public quarterly publication (办结公告) in a real browser: anonymous, no personal data, printable on A4 for the notice board.</summary>
public sealed partial class PublicationScreenTests(NetworkFixture network) : IClassFixture<NetworkFixture>
{
    private const string Township = "510682101";
    private const string Clerk = "c-510682101-civil-affairs-a";
    private const string Name = "长孙无垢";
    private const string ResidentId = "11010519491231002X";

    [Fact]
    public async Task The_public_quarterly_page_opens_without_sign_in_shows_counts_by_item_and_prints_on_A4_without_personal_data()
    {
        using (var client = await network.ApiAsync(Clerk))
        {
            var body = new
            {
                windowId = "civil-affairs",
                itemId = "temporary-relief",
                citizen = new { name = Name, residentId = ResidentId, phone = "13800138000" },
                materialsHandedIn = new[] { "居民身份证", "户口簿", "临时救助申请书", "困难情况证明材料" },
            };
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/points/{Township}/matters") { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
            (await client.SendAsync(request)).EnsureSuccessStatusCode();
        }

        var (page, guard) = await PageGuard.OpenAsync(network);
        await page.GotoAsync($"/public/publication.html?point={Township}");
        await Expect(page.Locator("body[data-loaded=\"true\"]")).ToHaveCountAsync(1);

        await Expect(page.Locator("#publication-heading")).ToContainTextAsync(new Regex(@"\d{4}年第[1-4]季度办结公告$"));
        var row = page.Locator("#publication-table tbody tr", new() { HasText = "民政临时救济办理" });
        await Expect(row).ToHaveCountAsync(1);
        Assert.True(int.Parse(await row.Locator("td").Nth(1).InnerTextAsync(), CultureInfo.InvariantCulture) >= 1);
        await Expect(page.Locator("#publication-table tfoot tr td").First).ToHaveTextAsync("合计");
        await Expect(page.Locator("#publication-period")).ToContainTextAsync("年");
        var text = await page.Locator("body").InnerTextAsync();
        foreach (var personal in new[] { Name, ResidentId, ResidentId[^4..], Clerk })
        {
            Assert.DoesNotContain(personal, text, StringComparison.Ordinal);
        }

        await guard.AssertNoForeignScriptAsync(page);
        await NetworkFixture.ScreenshotAsync(page, "40-publication");

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await Expect(page.Locator("#publication-form")).ToBeHiddenAsync();
        await Expect(row).ToBeVisibleAsync();
        var pdf = Encoding.Latin1.GetString(await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true }));
        var box = MediaBox().Match(pdf);
        Assert.True(box.Success, "The PDF has no MediaBox.");
        Assert.Equal(595, double.Parse(box.Groups[1].Value, CultureInfo.InvariantCulture), 1.0); // A4 portrait: 210 × 297 mm in points
        Assert.Equal(842, double.Parse(box.Groups[2].Value, CultureInfo.InvariantCulture), 1.0);
    }

    [Fact]
    public async Task The_monitor_publishes_last_months_bulletin_from_the_assessment_page_and_a_clerk_opens_it_from_the_console()
    {
        var today = DateTime.UtcNow.AddHours(8);
        var lastMonth = new DateTime(today.Year, today.Month, 1).AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var (monitor, guard) = await PageGuard.OpenAsync(network, signInAs: "m-510682");
        await monitor.ClickAsync("#assessment-link");
        await monitor.WaitForURLAsync(url => url.Contains("/assessment.html", StringComparison.Ordinal));
        await Expect(monitor.Locator("body[data-loaded=\"true\"]")).ToHaveCountAsync(1);
        await Expect(monitor.Locator("#assessment-month")).ToHaveValueAsync(lastMonth);
        await Expect(monitor.Locator("table.sheet-table[data-kind]")).ToHaveCountAsync(3);
        await Expect(monitor.Locator("#assessment-formula")).ToContainTextAsync("服务指数 = 效率 40 分");

        await monitor.ClickAsync("#bulletin-publish");
        await Expect(monitor.Locator("#assessment-subtitle")).ToHaveTextAsync($"已发布通报 510682-TB{lastMonth.Replace("-", string.Empty, StringComparison.Ordinal)}");
        await Expect(monitor.Locator("#bulletin-publish")).ToBeHiddenAsync();
        await guard.AssertNoForeignScriptAsync(monitor);
        await NetworkFixture.ScreenshotAsync(monitor, "41-assessment");

        var clerk = await network.NewPageAsync(signInAs: Clerk);
        await clerk.ClickAsync("#bulletin-link");
        await clerk.WaitForURLAsync(url => url.Contains("/bulletin.html", StringComparison.Ordinal));
        await Expect(clerk.Locator("body[data-loaded=\"true\"]")).ToHaveCountAsync(1);
        await Expect(clerk.Locator("#bulletin-heading")).ToContainTextAsync("服务指数月度通报");
        await Expect(clerk.Locator("#bulletin-subtitle")).ToContainTextAsync("510682-TB");
        await Expect(clerk.Locator("#assessment-link")).ToBeHiddenAsync();
        await NetworkFixture.ScreenshotAsync(clerk, "42-bulletin");
    }

    [GeneratedRegex(@"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]")]
    private static partial Regex MediaBox();
}
