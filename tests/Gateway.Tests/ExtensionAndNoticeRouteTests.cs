using Network.Gateway.Contracts;
using Network.Gateway.Tests.Infrastructure;
using Network.Grains.Interfaces.Ledger;
using Network.Grains.Interfaces.Matters;

namespace Network.Gateway.Tests;

/// <summary>
/// The extension (延期) and the further-notice routes: one grain call each, the grain's refusals
/// answered as problem documents (field and code), the extension on the public progress page.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class ExtensionAndNoticeRouteTests(GatewayFixture fx)
{
    [Fact]
    public async Task An_extension_is_granted_once_by_the_director_and_shown_on_the_public_progress_page()
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        var matter = await clerk.TakeInAsync(Demo.Township, Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials, 160);
        Assert.Equal(MatterStatus.InProgress, matter.Status);
        var url = $"/api/matters/{matter.ReceiptNumber}/extend";
        using var director = await fx.As(Demo.TownDirector);
        using var otherDirector = await fx.As(Demo.OtherTownDirector);

        await (await clerk.PostAsync(url, new { workingDays = 3, reason = "需入户调查" })).AssertProblemAsync(403, "role", "auth.role");
        await (await otherDirector.PostAsync(url, new { workingDays = 3, reason = "需入户调查" })).AssertProblemAsync(403, "pointCode", "auth.jurisdiction");
        await (await director.PostAsync(url, new { workingDays = 11, reason = "需入户调查" })).AssertProblemAsync(400, "workingDays", "extension.tooLong");
        await (await director.PostAsync(url, new { workingDays = 0, reason = "需入户调查" })).AssertProblemAsync(400, "workingDays", "extension.days");
        await (await director.PostAsync(url, new { workingDays = 3, reason = " " })).AssertProblemAsync(400, "reason", "text.required");
        Assert.Equal(matter.Version, (await (await director.GetAsync($"/api/matters/{matter.ReceiptNumber}")).ReadAsync<MatterView>()).Version); // refusals changed nothing

        var extended = await (await director.PostAsync(url, new { workingDays = 3, reason = "需入户调查核实困难情况" })).ReadAsync<MatterView>();

        Assert.Equal(3, extended.Extension!.WorkingDays);
        Assert.Equal((matter.DueDate!.Value, extended.DueDate!.Value), (extended.Extension.DueDateBefore, extended.Extension.DueDateAfter));
        Assert.True(extended.DueDate > matter.DueDate);
        Assert.DoesNotContain(extended.AllowedActions, a => a.Action == MatterAction.Extend);
        await (await director.PostAsync(url, new { workingDays = 1, reason = "再次延期" })).AssertProblemAsync(409, "workingDays", "extension.alreadyGranted");
        var history = await (await clerk.GetAsync($"/api/matters/{matter.ReceiptNumber}/history")).ReadAsync<LedgerEntry[]>();
        Assert.Equal(("DeadlineExtended", Demo.TownDirector), (history[^1].Action, history[^1].ActorId));

        using var citizen = fx.Anonymous("2001:db8:10::1");
        var progress = await (await citizen.LookUpAsync(matter.ReceiptNumber, new { code = matter.ProgressCode })).ReadAsync<PublicProgress>();
        Assert.Equal((extended.DueDate, (int?)3, "需入户调查核实困难情况"), (progress.DueDate, progress.ExtendedWorkingDays, progress.ExtensionReason));
    }

    [Fact]
    public async Task Further_notices_are_refused_as_problems_until_the_director_approves_one()
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        var matter = await clerk.TakeInAsync(Demo.Township, Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials[..3], 161);
        Assert.Equal(1, matter.NoticesIssued); // the one-time notice at intake
        var url = $"/api/matters/{matter.ReceiptNumber}";
        await (await clerk.PostAsync($"{url}/supplement", new { materials = Demo.TemporaryReliefMaterials[3..] })).ReadAsync<MatterView>();
        using var director = await fx.As(Demo.TownDirector);

        await (await clerk.PostAsync($"{url}/request-supplement", new { missing = new[] { "户口簿" } })).AssertProblemAsync(409, "missing", "notice.alreadyIssued");
        await (await director.PostAsync($"{url}/refuse-supplement", new { reason = "无需补正" })).AssertProblemAsync(409, "status", "notice.noPendingRequest");
        await (await clerk.PostAsync($"{url}/ask-supplement-approval", new { reason = "户口簿缺页" })).AssertProblemAsync(400, "missing", "body.invalid");
        await (await clerk.PostAsync($"{url}/ask-supplement-approval", new { missing = new[] { "房产证" }, reason = "户口簿缺页" })).AssertProblemAsync(400, "missing", "materials.unknown");

        var asked = await (await clerk.PostAsync($"{url}/ask-supplement-approval", new { missing = new[] { "户口簿" }, reason = "户口簿缺户主页" })).ReadAsync<MatterView>();
        Assert.Equal(MatterStatus.InProgress, asked.Status); // the clock runs until the director approves
        Assert.Equal(Demo.TownClerkA, asked.PendingSupplement!.ClerkId);
        await (await clerk.PostAsync($"{url}/ask-supplement-approval", new { missing = new[] { "户口簿" }, reason = "再问一次" })).AssertProblemAsync(409, "missing", "notice.approvalPending");
        await (await clerk.PostAsync($"{url}/approve-supplement", new { reason = "自己批准" })).AssertProblemAsync(403, "role", "auth.role");
        var seen = await (await director.GetAsync(url)).ReadAsync<MatterView>();
        Assert.Contains(seen.AllowedActions, a => a.Action == MatterAction.ApproveSupplement);
        Assert.Contains(seen.AllowedActions, a => a.Action == MatterAction.RefuseSupplement);
        await (await director.PostAsync($"{url}/approve-supplement", new { reason = "" })).AssertProblemAsync(400, "reason", "text.required");

        var approved = await (await director.PostAsync($"{url}/approve-supplement", new { reason = "确需补正户主页" })).ReadAsync<MatterView>();

        Assert.Equal((MatterStatus.AwaitingSupplement, 2), (approved.Status, approved.NoticesIssued));
        var pause = Assert.Single(approved.Pauses);
        Assert.Equal((Demo.TownDirector, "确需补正户主页", (DateOnly?)null), (pause.ApprovedBy, pause.Reason, pause.Until));
        Assert.Equal(["户口簿"], approved.Notice!.Missing);
    }
}
