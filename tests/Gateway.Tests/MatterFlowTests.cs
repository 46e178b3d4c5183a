using Network.Gateway.Tests.Infrastructure;
using Network.Grains.Interfaces.Ledger;
using Network.Grains.Interfaces.Matters;

namespace Network.Gateway.Tests;

/// <summary>A matter at its own window: detail, history, supplements, completion, return, deadlines.</summary>
[Collection(GatewayCollection.Name)]
public sealed class MatterFlowTests(GatewayFixture fx)
{
    [Fact]
    public async Task Supplied_materials_complete_the_notice_and_the_clerk_completes_the_matter()
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        var matter = await clerk.TakeInAsync(Demo.Township, Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials[..3], 10);
        Assert.Equal(MatterStatus.AwaitingSupplement, matter.Status);
        var url = $"/api/matters/{matter.ReceiptNumber}";

        var supplied = await (await clerk.PostAsync($"{url}/supplement", new { materials = Demo.TemporaryReliefMaterials[3..] })).ReadAsync<MatterView>();
        Assert.Equal(MatterStatus.InProgress, supplied.Status);

        // The one-time notice was given at intake: a second one is the director's to approve.
        await (await clerk.PostAsync($"{url}/request-supplement", new { missing = new[] { "困难情况证明材料" } })).AssertProblemAsync(409, "missing", "notice.alreadyIssued");
        await (await clerk.PostAsync($"{url}/ask-supplement-approval", new { missing = new[] { "困难情况证明材料" }, reason = "证明材料无村委会盖章" })).ReadAsync<MatterView>();
        using var director = await fx.As(Demo.TownDirector);
        var asked = await (await director.PostAsync($"{url}/approve-supplement", new { reason = "同意再次告知" })).ReadAsync<MatterView>();
        Assert.Equal(MatterStatus.AwaitingSupplement, asked.Status);
        await (await clerk.PostAsync($"{url}/supplement", new { materials = new[] { "困难情况证明材料" } })).ReadAsync<MatterView>();

        // Clerk B of the same window may act too (AB岗).
        using var b = await fx.As(Demo.TownClerkB);
        var done = await (await b.PostAsync($"{url}/complete", new { resultNote = "发放临时救助金500元" })).ReadAsync<MatterView>();
        Assert.Equal(MatterStatus.Completed, done.Status);
        Assert.Equal(Demo.TownClerkB, done.Outcome!.ClerkId);

        var detail = await (await clerk.GetAsync(url)).ReadAsync<MatterView>();
        Assert.Equal(done.Version, detail.Version);
        var history = await (await clerk.GetAsync($"{url}/history")).ReadAsync<LedgerEntry[]>();
        Assert.All(history, h => Assert.Equal(matter.ReceiptNumber, h.ReceiptNumber));
        Assert.Equal(Enumerable.Range(1, history.Length), history.Select(h => h.Sequence));
        Assert.Equal(MatterStatus.Completed, history[^1].StatusAfter);

        var again = await clerk.PostAsync($"{url}/return", new { reason = "材料不实", legalBasis = "《社会救助暂行办法》" });
        await again.AssertProblemAsync(409, "status", "matter.illegalTransition");
    }

    [Fact]
    public async Task A_return_needs_its_reason_and_legal_basis()
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        var matter = await clerk.TakeInAsync(Demo.Township, Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials, 11);
        var url = $"/api/matters/{matter.ReceiptNumber}";

        var blank = await clerk.PostAsync($"{url}/return", new { reason = " ", legalBasis = "《社会救助暂行办法》第四十七条" });
        await blank.AssertProblemAsync(400, "reason", "text.required");

        var returned = await (await clerk.PostAsync($"{url}/return", new { reason = "不符合救助条件", legalBasis = "《社会救助暂行办法》第四十七条" })).ReadAsync<MatterView>();
        Assert.Equal(MatterStatus.Returned, returned.Status);
        Assert.Equal("不符合救助条件", returned.Outcome!.Reason);
    }

    [Fact]
    public async Task An_immediate_matter_with_all_materials_completes_on_the_spot_and_deadlines_can_be_checked()
    {
        using var clerk = await fx.As(Demo.TownEconomyClerk);
        var matter = await clerk.TakeInAsync(Demo.Township, Demo.RuralEconomy, Demo.FinanceInquiry, ["居民身份证"], 12);
        Assert.Equal(MatterStatus.Completed, matter.Status);

        using var director = await fx.As(Demo.TownDirector);
        var checkedView = await (await director.PostAsync($"/api/matters/{matter.ReceiptNumber}/check-deadlines", null)).ReadAsync<MatterView>();
        Assert.Equal(FlagLevel.None, checkedView.Flag);
    }

    [Fact]
    public async Task Unknown_and_malformed_receipt_numbers_are_404_and_400()
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        var unknown = await clerk.GetAsync($"/api/matters/{Demo.Township}-20261130-ABCDEFGH");
        await unknown.AssertProblemAsync(404, "receiptNumber", "matter.unknown");

        var malformed = await clerk.PostAsync("/api/matters/not-a-receipt/complete", new { resultNote = "x" });
        await malformed.AssertProblemAsync(400, "receiptNumber", "receipt.invalid");
    }

    [Fact]
    public async Task A_clerk_of_another_window_may_not_act_on_the_matter()
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        var matter = await clerk.TakeInAsync(Demo.Township, Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials, 13);

        using var other = await fx.As(Demo.TownLandClerk);
        var refused = await other.PostAsync($"/api/matters/{matter.ReceiptNumber}/complete", new { resultNote = "x" });
        await refused.AssertProblemAsync(403, "windowId", "auth.jurisdiction");
    }
}
