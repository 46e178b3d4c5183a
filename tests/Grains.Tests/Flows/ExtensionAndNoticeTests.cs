using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using static Network.Grains.Tests.Infrastructure.TestNetwork;

namespace Network.Grains.Tests.Flows;

/// <summary>
/// The extension and the supplement rule through the matter grain on PostgreSQL, with the trade's
/// clock moved by the test: the stored next check (the point's durable sweep) follows the extended
/// deadline, and only the director's approval of a second notice stops the clock.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ExtensionAndNoticeTests(PostgresFixture db)
{
    [Fact]
    public async Task The_point_s_sweep_uses_the_extended_deadline()
    {
        await using var flow = await FlowCluster.StartAsync(db, new DateOnly(2026, 11, 16));
        var matter = flow.Grains.GetGrain<IMatterGrain>(NewReceipt(flow.Today));
        await matter.Accept(Intake(Allowance, AllowanceMaterials)); // due Mon 23 Nov
        var point = flow.Grains.GetGrain<global::Network.Grains.Network.IPointUpkeepGrain>(Township);

        var extended = await matter.Extend(new ExtendCommand(Director, 3, "需入户调查核实家庭收入"));
        Assert.Equal(new DateOnly(2026, 11, 26), extended.DueDate);
        Assert.Equal(3, extended.Extension!.WorkingDays);
        Assert.DoesNotContain(extended.AllowedActions, a => a.Action == MatterAction.Extend);

        // Tue 24 Nov: red without the extension; the stored next check is Wed 25 Nov now.
        flow.SetDay(new DateOnly(2026, 11, 24));
        Assert.Equal(0, await point.SweepDeadlines());
        Assert.Equal(FlagLevel.None, (await matter.Get(MonitorActor))!.Flag);
        flow.SetDay(new DateOnly(2026, 11, 27));
        Assert.Equal(1, await point.SweepDeadlines());
        Assert.Equal(FlagLevel.Red, (await matter.Get(MonitorActor))!.Flag);

        var again = await Assert.ThrowsAsync<DomainException>(() => matter.Extend(new ExtendCommand(Director, 2, "再次延期")));
        Assert.Equal("extension.alreadyGranted", again.Code);
        Assert.Equal(["Accepted", "DeadlineExtended", "FlaggedRed"], (await matter.GetHistory(MonitorActor)).Select(h => h.Action));
    }

    [Fact]
    public async Task A_second_notice_pauses_the_clock_only_once_the_director_approves_it()
    {
        await using var flow = await FlowCluster.StartAsync(db, new DateOnly(2026, 11, 16));
        var matter = flow.Grains.GetGrain<IMatterGrain>(NewReceipt(flow.Today));
        await matter.Accept(Intake(Allowance, AllowanceMaterials[..2])); // the one-time notice at intake
        var accepted = await matter.SupplyMaterials(new SupplyMaterialsCommand(TownClerk(ClerkA), AllowanceMaterials[2..]));
        Assert.Equal(new DateOnly(2026, 11, 23), accepted.DueDate);

        var refused = await Assert.ThrowsAsync<DomainException>(() => matter.RequestSupplement(new RequestSupplementCommand(TownClerk(ClerkA), ["户口簿"])));
        Assert.Equal("notice.alreadyIssued", refused.Code);
        var asked = await matter.AskSupplementApproval(new AskSupplementApprovalCommand(TownClerk(ClerkA), ["户口簿"], "户口簿缺少户主页"));
        Assert.Equal((MatterStatus.InProgress, 1), (asked.Status, asked.NoticesIssued));
        Assert.NotNull(asked.PendingSupplement);
        var seenByDirector = (await matter.Get(Director))!;
        Assert.Contains(seenByDirector.AllowedActions, a => a.Action == MatterAction.ApproveSupplement);

        flow.SetDay(new DateOnly(2026, 11, 18));
        var paused = await matter.ApproveSupplement(new ApproveSupplementCommand(Director, [], "确需补正户主页"));
        flow.SetDay(new DateOnly(2026, 11, 20)); // Thu 19, Fri 20 stood still
        var resumed = await matter.SupplyMaterials(new SupplyMaterialsCommand(TownClerk(ClerkA), ["户口簿"]));

        Assert.Equal((MatterStatus.AwaitingSupplement, 2), (paused.Status, paused.NoticesIssued));
        var seenBySupervision = (await matter.Get(MonitorActor))!;
        Assert.Equal((MatterStatus.InProgress, 2, new DateOnly(2026, 11, 25)), (resumed.Status, seenBySupervision.PausedWorkingDays, seenBySupervision.DueDate!.Value));
        var pause = Assert.Single(seenBySupervision.Pauses);
        Assert.Equal((new DateOnly(2026, 11, 18), (DateOnly?)new DateOnly(2026, 11, 20), 2, (string?)TownshipDirector), (pause.From, pause.Until, pause.WorkingDays, pause.ApprovedBy));
        Assert.Equal(
            ["Received", "MaterialsSupplied", "Accepted", "SupplementApprovalAsked", "SupplementApproved", "MaterialsSupplied", "Resumed"],
            (await matter.GetHistory(MonitorActor)).Select(h => h.Action));
    }
}
