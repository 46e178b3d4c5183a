using System.Globalization;
using System.Text.Json;
using Network.Gateway.Tests.Infrastructure;
using Network.Grains.Interfaces.Duty;
using Network.Grains.Interfaces.Fees;
using Network.Grains.Interfaces.Time;

namespace Network.Gateway.Tests;

/// <summary>
/// The collection window (收费, 代收, 退费, 日结) and the duty roster and attendance (值班, 考勤) through
/// the gateway and a real silo: the grain's answers and refusals as problems, nothing stored on bad input.
/// Payments are taken on the real day (China time), as the silo's clock has it; attendance and
/// vacant posts, which depend on the day being a working day, are in <see cref="AttendanceOnAKnownDayTests"/>.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class FeesAndDutyTests(GatewayFixture fx)
{
    private const string BroadcastingClerk = "c-510682101-broadcasting-a";
    private const string VillageCollector = "c-510682101001-comprehensive-a";
    private const string CableTv = "cable-tv-service";
    private static readonly string[] CableTvMaterials = ["居民身份证", "房屋产权证明或居住证明"];

    private static string Today => ChinaTime.Today(TimeProvider.System).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Day(string point, string window) => $"/api/points/{point}/windows/{window}/collection/{Today}";

    [Fact]
    public async Task A_fee_is_charged_in_one_step_with_a_printable_receipt_and_the_day_s_totals_follow()
    {
        using var clerk = await fx.As(BroadcastingClerk);
        var matter = await clerk.TakeInAsync(Demo.Township, "broadcasting", CableTv, CableTvMaterials, 301);

        var day = await (await clerk.PostAsync($"{Day(Demo.Township, "broadcasting")}/charge", new { itemId = CableTv, matterReceiptNumber = matter.ReceiptNumber, quantity = 12, method = "QrCode" }))
            .ReadAsync<CollectionDayView>();
        var line = Assert.Single(day.Lines, l => l.MatterReceiptNumber == matter.ReceiptNumber);
        Assert.Equal(2200L * 12, line.AmountFen);
        Assert.StartsWith($"{Demo.Township}-broadcasting-{Today.Replace("-", string.Empty, StringComparison.Ordinal)}-", line.ReceiptNumber, StringComparison.Ordinal);

        var receipt = await (await clerk.GetAsync($"/api/receipts/{line.ReceiptNumber}")).ReadAsync<FeeReceipt>();
        Assert.Equal(("先锋镇便民服务中心", 26400L, "月"), (receipt.PointName, receipt.Line.AmountFen, receipt.FeeUnit));
        Assert.Contains("收视维护费", receipt.FeeBasis, StringComparison.Ordinal);
        using var citizen = fx.Anonymous("198.51.100.78");
        var publicItem = JsonDocument.Parse(await (await citizen.GetAsync($"/public/points/{Demo.Township}/catalog")).Content.ReadAsStringAsync()).RootElement
            .EnumerateArray().Single(i => i.GetProperty("id").GetString() == CableTv);
        Assert.Equal(2200, publicItem.GetProperty("feeFen").GetInt64());
        var total = Assert.Single(day.ByItem, t => t.Key == CableTv);
        Assert.Equal(day.Lines.Where(l => l.ItemId == CableTv && l.Refund is null).Sum(l => l.AmountFen), total.NetFen);

        // The same matter is not charged twice (一次性收费), and the raw JSON carries whole fen.
        await (await clerk.PostAsync($"{Day(Demo.Township, "broadcasting")}/charge", new { itemId = CableTv, matterReceiptNumber = matter.ReceiptNumber, quantity = 1, method = "Cash" }))
            .AssertProblemAsync(409, "matterReceiptNumber", "fee.alreadyCharged");
        var raw = JsonDocument.Parse(await (await clerk.GetAsync(Day(Demo.Township, "broadcasting"))).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(JsonValueKind.Number, raw.GetProperty("netFen").ValueKind);
        Assert.DoesNotContain(".", raw.GetProperty("netFen").GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refund_needs_the_director()
    {
        using var clerk = await fx.As(BroadcastingClerk);
        var matter = await clerk.TakeInAsync(Demo.Township, "broadcasting", CableTv, CableTvMaterials, 302);
        var day = await (await clerk.PostAsync($"{Day(Demo.Township, "broadcasting")}/charge", new { itemId = CableTv, matterReceiptNumber = matter.ReceiptNumber, quantity = 1, method = "Cash" }))
            .ReadAsync<CollectionDayView>();
        var receipt = day.Lines.Single(l => l.MatterReceiptNumber == matter.ReceiptNumber).ReceiptNumber;

        await (await clerk.PostAsync($"{Day(Demo.Township, "broadcasting")}/refund", new { receiptNumber = receipt, reason = "多收" })).AssertProblemAsync(403, "role", "auth.role");
        using var other = await fx.As(Demo.OtherTownDirector);
        await (await other.PostAsync($"{Day(Demo.Township, "broadcasting")}/refund", new { receiptNumber = receipt, reason = "多收" })).AssertProblemAsync(403, "pointCode", "auth.jurisdiction");
        using var director = await fx.As(Demo.TownDirector);
        await (await director.PostAsync($"{Day(Demo.Township, "broadcasting")}/refund", new { receiptNumber = receipt, reason = "" })).AssertProblemAsync(400, "reason", "text.required");

        var refunded = await (await director.PostAsync($"{Day(Demo.Township, "broadcasting")}/refund", new { receiptNumber = receipt, reason = "重复缴费" })).ReadAsync<CollectionDayView>();
        Assert.Equal(Demo.TownDirector, refunded.Lines.Single(l => l.ReceiptNumber == receipt).Refund!.DirectorId);
    }

    [Fact]
    public async Task A_day_once_closed_cannot_take_a_payment()
    {
        using var collector = await fx.As(VillageCollector);
        var day = Day(Demo.Village, "comprehensive");
        var bill = new { itemId = "electricity-bill-collection", accountNumber = "5106820012345", payerName = "王秀英", amountFen = 12345, method = "Cash" };
        var taken = await (await collector.PostAsync($"{day}/bills", bill)).ReadAsync<CollectionDayView>();
        var line = Assert.Single(taken.Lines);
        Assert.Equal(("国网四川省电力公司什邡市供电分公司", "*********2345", "王**"), (line.Payee, line.MaskedAccountNumber, line.MaskedPayerName));
        Assert.Equal(12345, Assert.Single(taken.ByPayee).NetFen);

        await (await collector.PostAsync($"{day}/close", new { countedCashFen = 12300 })).AssertProblemAsync(400, "differenceReason", "close.reasonRequired");
        var closed = await (await collector.PostAsync($"{day}/close", new { countedCashFen = 12300, differenceReason = "找零短款0.45元" })).ReadAsync<CollectionDayView>();
        Assert.True(closed.IsClosed);
        Assert.Equal(-45, closed.Close!.DifferenceFen);
        Assert.Empty(closed.AllowedActions);

        await (await collector.PostAsync($"{day}/bills", bill)).AssertProblemAsync(409, code: "collection.dayClosed");
        Assert.Single((await (await collector.GetAsync(day)).ReadAsync<CollectionDayView>()).Lines);
    }

    [Fact]
    public async Task Bad_input_is_a_problem_and_stores_nothing()
    {
        using var clerk = await fx.As("c-510682102-housing-fees-a");
        var day = Day(Demo.OtherTownship, "housing-fees");
        var before = (await (await clerk.GetAsync(day)).ReadAsync<CollectionDayView>()).Lines.Count;

        await (await clerk.SendRawAsync(HttpMethod.Post, $"{day}/bills", """{"itemId":"water-fee-collection","accountNumber":"W-1","payerName":"李","amountFen":12.5,"method":"Cash"}"""))
            .AssertProblemAsync(400);
        await (await clerk.PostAsync($"{day}/bills", new { itemId = "water-fee-collection", accountNumber = "W-1", payerName = "李", amountFen = 100 }))
            .AssertProblemAsync(400, "method");
        await (await clerk.PostAsync($"{day}/bills", new { itemId = "water-fee-collection", accountNumber = "W-1", payerName = "李", amountFen = 100, method = (string?)null }))
            .AssertProblemAsync(400, "method", "payment.method");
        await (await clerk.PostAsync($"{day}/bills", new { itemId = "water-fee-collection", accountNumber = "W-1", payerName = "李", amountFen = 100, method = "Cheque" }))
            .AssertProblemAsync(400);
        await (await clerk.PostAsync($"{day}/bills", new { itemId = "water-fee-collection", accountNumber = "W-1", payerName = "李", amountFen = 0, method = "Cash" }))
            .AssertProblemAsync(400, "amountFen", "fee.amount");
        await (await clerk.PostAsync($"{day}/bills", new { itemId = "water-fee-collection", accountNumber = "W 1<script>", payerName = "李", amountFen = 100, method = "Cash" }))
            .AssertProblemAsync(400, "accountNumber", "bill.account");
        await (await clerk.PostAsync($"/api/points/{Demo.OtherTownship}/windows/housing-fees/collection/2026-13-01/bills", new { itemId = "water-fee-collection", accountNumber = "W-1", payerName = "李", amountFen = 100, method = "Cash" }))
            .AssertProblemAsync(400, "date", "date.invalid");
        await (await clerk.PostAsync($"/api/points/{Demo.OtherTownship}/windows/housing-fees/collection/2020-01-02/bills", new { itemId = "water-fee-collection", accountNumber = "W-1", payerName = "李", amountFen = 100, method = "Cash" }))
            .AssertProblemAsync(409, "date", "collection.notToday");
        await (await clerk.GetAsync("/api/receipts/not-a-receipt")).AssertProblemAsync(400, "receiptNumber", "receipt.invalid");

        Assert.Equal(before, (await (await clerk.GetAsync(day)).ReadAsync<CollectionDayView>()).Lines.Count);
    }

    [Fact]
    public async Task The_director_publishes_the_month_s_roster_and_the_hall_shows_the_day_and_its_leader()
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        var roster = $"/api/points/{Demo.Township}/roster/2026-10";
        var body = new
        {
            assignments = new object[]
            {
                new { date = "2026-10-08", shiftId = "am", clerkId = Demo.TownClerkA, windowId = Demo.CivilAffairs },
                new { date = "2026-10-08", shiftId = "pm", clerkId = Demo.TownClerkB, windowId = Demo.CivilAffairs },
                new { date = "2026-10-01", shiftId = "holiday", clerkId = Demo.TownClerkB, windowId = (string?)null },
            },
            leaders = new[] { new { date = "2026-10-08", name = "刘强", title = "副镇长" } },
        };
        await (await clerk.SendRawAsync(HttpMethod.Put, roster, JsonSerializer.Serialize(body, Api.Json))).AssertProblemAsync(403, "role", "auth.role");

        using var director = await fx.As(Demo.TownDirector);
        var onHoliday = new { assignments = new[] { new { date = "2026-10-01", shiftId = "day", clerkId = Demo.TownClerkA, windowId = Demo.CivilAffairs } }, leaders = Array.Empty<object>() };
        await (await director.SendRawAsync(HttpMethod.Put, roster, JsonSerializer.Serialize(onHoliday, Api.Json))).AssertProblemAsync(400, "assignments[0].shiftId", "roster.shiftOnDayOff");
        var drafted = await (await director.SendRawAsync(HttpMethod.Put, roster, JsonSerializer.Serialize(body, Api.Json))).ReadAsync<RosterView>();
        Assert.Contains(RosterAction.Publish, drafted.AllowedActions);
        var published = await (await director.PostAsync($"{roster}/publish", null)).ReadAsync<RosterView>();
        Assert.Equal(RosterStatus.Published, published.Status);

        using var hall = fx.Anonymous("198.51.100.77");
        var text = await (await hall.GetAsync($"/public/points/{Demo.Township}/duty/2026-10-08")).Content.ReadAsStringAsync();
        var day = JsonDocument.Parse(text).RootElement;
        Assert.True(day.GetProperty("published").GetBoolean());
        Assert.Equal("刘强", day.GetProperty("leader").GetProperty("name").GetString());
        Assert.Equal(2, day.GetProperty("posts").GetArrayLength());
        Assert.DoesNotContain(Demo.TownClerkA, text, StringComparison.Ordinal);
    }
}
