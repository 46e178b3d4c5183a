using System.Net;
using System.Text;
using Network.Gateway.Tests.Infrastructure;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Queries;
using Network.Grains.Interfaces.Time;

namespace Network.Gateway.Tests;

/// <summary>
/// Finding matters and the register (台帐) through the gateway: the search's pages, the register's
/// CSV (UTF-8 with BOM, Chinese headings) and .xlsx (opened with MiniExcel), each export audited,
/// and a point outside the caller's jurisdiction refused (and the refusal audited).
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class ReportTests(GatewayFixture fx)
{
    private static string Today => ChinaTime.Today(TimeProvider.System).ToString("yyyy-MM-dd");

    [Fact]
    public async Task The_register_exports_as_an_xlsx_workbook_that_opens_with_its_rows()
    {
        var (receipts, clerk) = await TakeInAsync("司马光明", 3, seed: 610);
        using var director = await fx.As(Demo.TownDirector);

        var response = await director.GetAsync($"/api/points/{Demo.Township}/register.xlsx?period=day&day={Today}&windowId={Demo.CivilAffairs}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        await using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = MiniExcelLibs.MiniExcel.Query(workbook, useHeaderRow: true).Cast<IDictionary<string, object>>().ToArray();
        var mine = rows.Where(r => receipts.Contains((string)r["回执号"])).ToArray();
        Assert.Equal(3, mine.Length);
        Assert.All(mine, r =>
        {
            Assert.StartsWith("司*** 510***********", (string)r["申请人"], StringComparison.Ordinal);
            Assert.Equal("民政临时救济办理", (string)r["服务事项"]);
            Assert.Equal("承诺件", (string)r["办件类型"]);
            Assert.Equal(string.Join("、", Demo.TemporaryReliefMaterials), (string)r["申报材料"]);
            Assert.Equal("在办", (string)r["是否按时办结"]);
            Assert.Matches(@"^\d{4}年\d{1,2}月\d{1,2}日$", (string)r["承诺办结日期"]);
            Assert.Matches(@"^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$", (string)r["受理时间"]);
        });
        Assert.DoesNotContain(rows, r => ((string)r["申请人"]).Contains("光明", StringComparison.Ordinal));
        Assert.Equal(["回执号", "受理时间", "服务点", "窗口", "申请人", "服务事项", "办件类型", "申报材料", "经办人", "承诺办结日期", "办结日期", "办理结果", "是否按时办结"], rows[0].Keys);
        Assert.Contains((string)mine[0]["经办人"], clerk);
        Assert.True(await AuditedAsync(Demo.TownDirector, "xlsx") >= 1);
    }

    [Fact]
    public async Task The_register_exports_as_CSV_in_UTF_8_with_a_byte_order_mark_and_Chinese_text()
    {
        var (receipts, _) = await TakeInAsync("欧阳娜娜", 2, seed: 620);
        using var clerk = await fx.As(Demo.TownClerkA);

        var response = await clerk.GetAsync($"/api/points/{Demo.Township}/register.csv?period=month&day={Today}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("filename*=UTF-8''", response.Content.Headers.ContentDisposition?.ToString() ?? response.Headers.ToString() + response.Content.Headers, StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 3, bytes.Length - 3);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("回执号,受理时间,服务点,窗口,申请人,服务事项,办件类型,申报材料,经办人,承诺办结日期,办结日期,办理结果,是否按时办结", lines[0]);
        var mine = lines.Where(l => receipts.Any(r => l.StartsWith(r, StringComparison.Ordinal))).ToArray();
        Assert.Equal(2, mine.Length);
        Assert.All(mine, l => Assert.Contains(",欧*** 510***********", l, StringComparison.Ordinal));
        Assert.All(mine, l => Assert.Contains(",民政临时救济办理,承诺件,", l, StringComparison.Ordinal));
        Assert.DoesNotContain("娜娜", text, StringComparison.Ordinal);
        Assert.True(await AuditedAsync(Demo.TownClerkA, "csv") >= 1);
    }

    [Fact]
    public async Task A_register_or_search_of_a_point_outside_the_callers_jurisdiction_is_refused_and_the_export_attempt_audited()
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        using var otherDirector = await fx.As(Demo.OtherTownDirector);

        await (await otherDirector.GetAsync($"/api/points/{Demo.Township}/register.xlsx?period=year&day={Today}")).AssertProblemAsync(403, code: "auth.jurisdiction");
        await (await clerk.GetAsync($"/api/points/{Demo.City}/register.csv?period=year&day={Today}&subtree=true")).AssertProblemAsync(403, code: "auth.jurisdiction");
        await (await clerk.GetAsync($"/api/points/{Demo.Township}/search?subtree=true")).AssertProblemAsync(403, code: "auth.jurisdiction");
        await (await otherDirector.GetAsync($"/api/points/{Demo.Township}/register?day={Today}")).AssertProblemAsync(403, code: "auth.jurisdiction");

        Assert.True(await fx.Database.ScalarAsync<long>(
            "SELECT count(*) FROM audit_event WHERE action = 'export.register' AND subject_id = $1 AND actor_id = $2 AND outcome = 'refused'", Demo.Township, Demo.OtherTownDirector) >= 1);
    }

    [Fact]
    public async Task A_search_by_name_and_ID_tail_pages_by_deadline_and_names_the_clerk()
    {
        var (receipts, clerkName) = await TakeInAsync("诸葛明月", 3, seed: 630);
        using var director = await fx.As(Demo.TownDirector);
        var tail = Demo.ResidentId(630)[^4..];

        var first = await (await director.GetAsync($"/api/points/{Demo.Township}/search?name={Uri.EscapeDataString("诸葛明月")}&limit=2")).ReadAsync<MatterSearchPage>();
        var second = await (await director.GetAsync($"/api/points/{Demo.Township}/search?name={Uri.EscapeDataString("诸葛明月")}&limit=2&after={Uri.EscapeDataString(first.Next!)}")).ReadAsync<MatterSearchPage>();
        var byTail = await (await director.GetAsync($"/api/points/{Demo.Township}/search?idTail={tail}&itemId={Demo.TemporaryRelief}&from={Today}&to={Today}&status=InProgress&windowId={Demo.CivilAffairs}")).ReadAsync<MatterSearchPage>();

        Assert.Equal(receipts.Order(), first.Items.Concat(second.Items).Select(m => m.ReceiptNumber).Order());
        Assert.Null(second.Next);
        Assert.All(first.Items, m => Assert.Contains(m.HandlerName, clerkName));
        Assert.Contains(byTail.Items, m => m.ReceiptNumber == receipts[0]);
        await (await director.GetAsync($"/api/points/{Demo.Township}/search?idTail=12a4")).AssertProblemAsync(400, field: "idTail");
        await (await director.GetAsync($"/api/points/{Demo.Township}/search?from=2026-13-01")).AssertProblemAsync(400, field: "from");
        await (await director.GetAsync($"/api/points/{Demo.Township}/register.csv?period=week&day={Today}")).AssertProblemAsync(400, field: "period");
    }

    /// <summary>Matters of one applicant at the civil-affairs window; the names of the window's A and B clerks (either may handle them).</summary>
    private async Task<(string[] Receipts, string[] ClerkNames)> TakeInAsync(string name, int count, int seed)
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        var receipts = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var response = await clerk.PostAsync($"/api/points/{Demo.Township}/matters", Api.Intake(Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials, Demo.ResidentId(seed), name));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            receipts.Add((await response.ReadAsync<MatterView>()).ReceiptNumber);
        }

        var point = await (await clerk.GetAsync($"/api/points/{Demo.Township}")).ReadAsync<System.Text.Json.JsonElement>();
        var window = point.GetProperty("windows").EnumerateArray().Single(w => w.GetProperty("id").GetString() == Demo.CivilAffairs);
        return (receipts.ToArray(), [window.GetProperty("clerkA").GetProperty("name").GetString()!, window.GetProperty("clerkB").GetProperty("name").GetString()!]);
    }

    private Task<long> AuditedAsync(string actor, string format) =>
        fx.Database.ScalarAsync<long>(
            "SELECT count(*) FROM audit_event WHERE action = 'export.register' AND subject_id = $1 AND actor_id = $2 AND outcome = 'succeeded' AND detail LIKE $3",
            Demo.Township, actor, format + ",%");
}
