using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Network.Browser.Tests;

/// <summary>
/// Statistics and the monitor's history in a real browser: the city monitor opens with its hour and
/// day charts drawn (with Apache ECharts) from matters committed before the page opened, continues
/// live, and narrows to a township; a director's statistics page draws its charts and table.
/// </summary>
public sealed class StatisticsScreensTests(NetworkFixture network) : IClassFixture<NetworkFixture>
{
    private const string City = "510682";
    private const string Township = "510682101";
    private const string Clerk = "c-510682101-civil-affairs-a";
    private const string Director = "d-510682101";
    private const string Monitor = "m-510682";
    private static readonly string[] Materials = ["居民身份证", "户口簿", "临时救助申请书", "困难情况证明材料"];

    /// <summary>The sum of an ECharts chart's first series (null until the chart is drawn).</summary>
    private const string SeriesSum = "id => { const c = echarts.getInstanceByDom(document.getElementById(id)); const s = c?.getOption()?.series?.[0]?.data; return s ? s.reduce((a, b) => a + b, 0) : null; }";

    [Fact]
    public async Task The_monitor_opens_with_charts_drawn_from_history_then_counts_live_and_narrows_to_a_township()
    {
        await TakeInAsync(3, 800);
        using var api = await network.ApiAsync(Monitor);
        var history = await api.GetFromJsonAsync<JsonElement>($"/api/points/{City}/history?days=30");
        var today = history.GetProperty("hours").EnumerateArray().Sum(h => h.GetProperty("received").GetInt64());
        Assert.True(today >= 3, $"history of today: {today}");

        var page = await network.NewPageAsync(signInAs: Monitor);
        await page.GotoAsync("/monitor.html");
        await Expect(page.Locator("#history-hours canvas")).ToHaveCountAsync(1);
        await page.WaitForFunctionAsync($"(n) => ({SeriesSum})('history-hours') === n", today);
        var days = await page.EvaluateAsync<long>($"({SeriesSum})('history-days')");
        Assert.Equal(history.GetProperty("days").EnumerateArray().Sum(d => d.GetProperty("received").GetInt64()), days);
        await NetworkFixture.ScreenshotAsync(page, "31-monitor-history");

        // Live from here: one more intake reaches the hour chart through SignalR.
        await TakeInAsync(1, 810);
        await page.WaitForFunctionAsync($"(n) => ({SeriesSum})('history-hours') === n", today + 1);

        // Drill-down: the township in the monitor's tree narrows the charts to it.
        await page.Locator($"#tree tr[data-code=\"{Township}\"] td").First.ClickAsync();
        await Expect(page.Locator(".history-crumbs button")).ToHaveCountAsync(2);
        await Expect(page.Locator(".history-crumbs button").Last).ToHaveAttributeAsync("data-code", Township);
        var below = await page.EvaluateAsync<string[]>("() => echarts.getInstanceByDom(document.getElementById('history-below')).getOption().xAxis[0].data");
        Assert.Contains(below, name => name.Contains("镇", StringComparison.Ordinal) || name.Contains("中心", StringComparison.Ordinal));
        await page.WaitForFunctionAsync($"(n) => ({SeriesSum})('history-hours') >= n", 4);
    }

    [Fact]
    public async Task A_director_sees_the_months_statistics_drawn_as_ECharts_charts_with_the_month_before()
    {
        await TakeInAsync(2, 820);
        await CollectBillAsync(12345);

        var page = await network.NewPageAsync(signInAs: Director);
        await page.GotoAsync("/console.html");
        await page.ClickAsync("#statistics-link");
        await page.WaitForURLAsync(url => url.Contains("/statistics.html", StringComparison.Ordinal));
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-ready", "true");
        await page.SelectOptionAsync("#statistics-by", "window");
        await page.ClickAsync("#statistics-show");

        await Expect(page.Locator("#statistics-rows tbody tr[data-key=\"civil-affairs\"]")).ToBeVisibleAsync();
        await Expect(page.Locator("#chart-days canvas")).ToHaveCountAsync(1);
        await Expect(page.Locator("#chart-rows canvas")).ToHaveCountAsync(1);
        // The table and the day chart are drawn by one render of one report: read both at once.
        var drawn = await page.EvaluateAsync<long[]>(
            $"() => [Number(document.querySelector('#statistics-totals tr[data-figure=\"received\"] td').textContent), ({SeriesSum})('chart-days')]");
        var received = drawn[0];
        Assert.True(received >= 2);
        Assert.Equal(received, drawn[1]);
        // The rows chart is drawn after the table of the same report: wait for it, then check it names the window once.
        await page.WaitForFunctionAsync("() => (echarts.getInstanceByDom(document.getElementById('chart-rows'))?.getOption()?.xAxis?.[0]?.data ?? []).includes('民政窗口')");
        Assert.Equal(["民政窗口"], (await page.EvaluateAsync<string[]>("() => echarts.getInstanceByDom(document.getElementById('chart-rows')).getOption().xAxis[0].data")).Where(n => n == "民政窗口"));
        await Expect(page.Locator("#statistics-subtitle")).ToContainTextAsync("工作日");
        // The front desk's figures: fees (in fen from the server) shown in yuan, appointments, vacant posts, each with the month before.
        var fees = page.Locator("#statistics-totals tr[data-figure=\"feesCollected\"] td");
        Assert.Matches(@"^\d+\.\d{2}$", await fees.First.InnerTextAsync());
        Assert.True(decimal.Parse(await fees.First.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture) >= 123.45m);
        Assert.Matches(@"^\d+\.\d{2}$", await fees.Nth(1).InnerTextAsync());
        await Expect(page.Locator("#statistics-totals tr[data-figure=\"feesCollected\"] th")).ToHaveTextAsync("收费金额(元)");
        foreach (var (figure, name) in new[] { ("feeReceipts", "收费笔数"), ("appointments", "预约"), ("appointmentsCheckedIn", "预约签到"), ("appointmentsNoShow", "预约爽约"), ("vacantPosts", "空岗") })
        {
            await Expect(page.Locator($"#statistics-totals tr[data-figure=\"{figure}\"] th")).ToHaveTextAsync(name);
            await Expect(page.Locator($"#statistics-totals tr[data-figure=\"{figure}\"] td")).ToHaveCountAsync(3);
        }

        await NetworkFixture.ScreenshotAsync(page, "32-statistics");
    }

    /// <summary>A bill collected (代收) today at a village below the township, in fen.</summary>
    private async Task CollectBillAsync(long amountFen)
    {
        using var collector = await network.ApiAsync("c-510682101001-comprehensive-a");
        var today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/points/510682101001/windows/comprehensive/collection/{today}/bills")
        {
            Content = JsonContent.Create(new { itemId = "electricity-bill-collection", accountNumber = "5106820012388", payerName = "李娜", amountFen, method = "Cash" }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        (await collector.SendAsync(request)).EnsureSuccessStatusCode();
    }

    private async Task TakeInAsync(int count, int seed)
    {
        using var client = await network.ApiAsync(Clerk);
        for (var i = 0; i < count; i++)
        {
            var body = new { windowId = "civil-affairs", itemId = "temporary-relief", citizen = new { name = "统计乙", residentId = ResidentId(seed + i), phone = "13800138000" }, materialsHandedIn = Materials };
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
        }
    }

    private static string ResidentId(int seed)
    {
        var body = $"510682{1950 + (seed % 50):0000}0101{seed % 1000:000}";
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body.Select((c, i) => (c - '0') * weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }
}
