using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Network.Browser.Tests;

/// <summary>
/// Finding matters and the register (台帐) in a real browser: the console's search panel by name and
/// its keyset pages, the register page and its print layout (A4 landscape), and every time shown in
/// China time by a browser set to New York.
/// </summary>
public sealed partial class ReportScreensTests(NetworkFixture network) : IClassFixture<NetworkFixture>
{
    private const string Township = "510682101";
    private const string Clerk = "c-510682101-civil-affairs-a";
    private const string Director = "d-510682101";
    private const string Item = "temporary-relief";
    private static readonly string[] Materials = ["居民身份证", "户口簿", "临时救助申请书", "困难情况证明材料"];
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public async Task A_browser_in_New_York_shows_every_time_and_date_in_China_time_as_the_seeds_write_them()
    {
        var matter = (await TakeInAsync("上官婉儿", 1, 700))[0];
        var received = matter.GetProperty("receivedAt").GetDateTimeOffset().ToOffset(China);
        var due = DateOnly.Parse(matter.GetProperty("dueDate").GetString()!, CultureInfo.InvariantCulture);

        var page = await network.NewPageAsync(signInAs: Clerk, timezoneId: "America/New_York");
        Assert.Equal("America/New_York", await page.EvaluateAsync<string>("Intl.DateTimeFormat().resolvedOptions().timeZone"));
        await page.FillAsync("#search-form input[name=name]", "上官婉儿");
        await page.ClickAsync("#search-button");
        var row = page.Locator($"#search-results tr[data-receipt=\"{matter.GetProperty("receiptNumber").GetString()}\"]");

        await Expect(row.Locator("td.received")).ToHaveTextAsync($"{received.Year}年{received.Month}月{received.Day}日 {received:HH:mm}");
        await Expect(row.Locator("td").Nth(4)).ToHaveTextAsync($"{due.Year}年{due.Month}月{due.Day}日");
        await row.ClickAsync();
        await Expect(page.Locator("#matter ol.history li").First).ToContainTextAsync($"{received.Year}年{received.Month}月{received.Day}日 {received:HH:mm}");
        await Expect(page.Locator("#matter dl.fields")).ToContainTextAsync($"{due.Year}年{due.Month}月{due.Day}日");
        await NetworkFixture.ScreenshotAsync(page, "21-search-new-york");
    }

    [Fact]
    public async Task A_director_finds_matters_by_name_page_by_page_and_prints_the_register_on_A4_landscape()
    {
        var receipts = (await TakeInAsync("慕容秋月", 23, 710)).Select(m => m.GetProperty("receiptNumber").GetString()!).ToArray();

        var page = await network.NewPageAsync(signInAs: Director);
        await page.FillAsync("#search-form input[name=name]", "慕容秋月");
        await page.ClickAsync("#search-button");
        await Expect(page.Locator("#search-results tbody tr")).ToHaveCountAsync(20);
        await Expect(page.Locator("#search-page")).ToHaveTextAsync("第1页");
        var first = await page.Locator("#search-results tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.receipt)");
        await page.ClickAsync("#search-next");
        await Expect(page.Locator("#search-page")).ToHaveTextAsync("第2页");
        await Expect(page.Locator("#search-results tbody tr")).ToHaveCountAsync(3);
        var second = await page.Locator("#search-results tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.receipt)");
        Assert.Equal(receipts.Order(StringComparer.Ordinal), first.Concat(second).Order(StringComparer.Ordinal));
        await Expect(page.Locator("#search-results tbody tr").First.Locator("td").Nth(5)).Not.ToHaveTextAsync(new Regex("^c-"));
        await page.ClickAsync("#search-previous");
        await Expect(page.Locator("#search-page")).ToHaveTextAsync("第1页");
        await NetworkFixture.ScreenshotAsync(page, "22-console-search");

        await page.ClickAsync("#register-link");
        await page.WaitForURLAsync(url => url.Contains("/register.html", StringComparison.Ordinal));
        await Expect(page.Locator("body[data-loaded=\"true\"]")).ToHaveCountAsync(1);
        await page.SelectOptionAsync("#register-window", "civil-affairs");
        await page.ClickAsync("#register-show");
        var line = page.Locator($"#register-table tr[data-receipt=\"{receipts[0]}\"]");
        await Expect(line).ToBeVisibleAsync();
        await Expect(line.Locator("td").Nth(3)).ToHaveTextAsync(new Regex(@"^慕\*\*\* 510\*{11}\d{3}[\dX]$"));
        await Expect(line.Locator("td").Nth(5)).ToHaveTextAsync("承诺件");
        await Expect(line.Locator("td").Nth(11)).ToHaveTextAsync("在办");
        Assert.DoesNotContain("秋月", await page.Locator("#register-table").InnerTextAsync(), StringComparison.Ordinal);
        // The export links download from the real gateway (Kestrel) with the page's session: a workbook (a zip) and a CSV with its BOM.
        var xlsx = await page.Context.APIRequest.GetAsync((await page.Locator("#export-xlsx").GetAttributeAsync("href"))!);
        Assert.Equal(200, xlsx.Status);
        Assert.Equal("PK"u8.ToArray(), (await xlsx.BodyAsync())[..2]);
        var csv = await page.Context.APIRequest.GetAsync((await page.Locator("#export-csv").GetAttributeAsync("href"))!);
        Assert.Equal(200, csv.Status);
        var csvBytes = await csv.BodyAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csvBytes[..3]);
        Assert.Contains(receipts[0], Encoding.UTF8.GetString(csvBytes), StringComparison.Ordinal);
        await NetworkFixture.ScreenshotAsync(page, "23-register");

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await Expect(page.Locator("#register-form")).ToBeHiddenAsync();
        await Expect(page.Locator("header.bar")).ToBeHiddenAsync();
        await Expect(line).ToBeVisibleAsync();
        await NetworkFixture.ScreenshotAsync(page, "24-register-print");
        var pdf = Encoding.Latin1.GetString(await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true }));
        var box = MediaBox().Match(pdf);
        Assert.True(box.Success, "The PDF has no MediaBox.");
        var (width, height) = (double.Parse(box.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(box.Groups[2].Value, CultureInfo.InvariantCulture));
        Assert.Equal(842, width, 1.0); // A4 landscape: 297 × 210 mm in points
        Assert.Equal(595, height, 1.0);
    }

    private async Task<JsonElement[]> TakeInAsync(string name, int count, int seed)
    {
        using var client = await network.ApiAsync(Clerk);
        var matters = new List<JsonElement>();
        for (var i = 0; i < count; i++)
        {
            var body = new { windowId = "civil-affairs", itemId = Item, citizen = new { name, residentId = ResidentId(seed + i), phone = "13800138000" }, materialsHandedIn = Materials };
            // Several test classes run their own networks at once on a small machine: an intake the
            // gateway answers with 503 is sent again under its Idempotency-Key, as the console does.
            var key = Guid.NewGuid().ToString("N");
            HttpResponseMessage response;
            var attempt = 0;
            do
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/points/{Township}/matters") { Content = JsonContent.Create(body) };
                request.Headers.Add("Idempotency-Key", key);
                response = await client.SendAsync(request);
            }
            while (response.StatusCode == System.Net.HttpStatusCode.ServiceUnavailable && ++attempt < 5);

            response.EnsureSuccessStatusCode();
            matters.Add(await response.Content.ReadFromJsonAsync<JsonElement>());
        }

        return matters.ToArray();
    }

    private static string ResidentId(int seed)
    {
        var body = $"510682{1950 + (seed % 50):0000}0101{seed % 1000:000}";
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body.Select((c, i) => (c - '0') * weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }

    [GeneratedRegex(@"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]")]
    private static partial Regex MediaBox();
}
