using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using static Network.Grains.Tests.Infrastructure.TestNetwork;

namespace Network.Grains.Tests.Flows;

/// <summary>联办: one acceptance, parts at three windows of two points, on PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class JointHandlingTests(PostgresFixture db)
{
    // Mon 16 Nov 2026: overall limit 15 working days → Mon 7 Dec; each window's part 5 → Mon 23 Nov.
    private static readonly DateOnly Day = new(2026, 11, 16);

    [Fact]
    public async Task A_joint_matter_opens_a_part_at_every_window_with_its_own_deadline()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);

        var view = await flow.Grains.GetGrain<IMatterGrain>(NewReceipt(Day)).Accept(Intake(NewHouse, NewHouseMaterials));

        Assert.Equal(MatterStatus.InProgress, view.Status);
        Assert.Equal(
            [(Township, CivilAffairs), (Township, Land), (City, CityWindow)],
            view.Parts.Select(p => (p.PointCode, p.WindowId)));
        Assert.All(view.Parts, p => Assert.Equal((JointPartStatus.Open, new DateOnly(2026, 11, 23)), (p.Status, p.DueDate)));
        Assert.Equal(new DateOnly(2026, 12, 7), view.DueDate);
        Assert.Equal(new DateOnly(2026, 12, 7), view.Slip!.DueDate);
    }

    [Fact]
    public async Task A_joint_matter_across_three_windows_completes_only_when_the_last_completes()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);
        var matter = flow.Grains.GetGrain<IMatterGrain>(NewReceipt(Day));
        await matter.Accept(Intake(NewHouse, NewHouseMaterials));

        var one = await matter.CompletePart(new CompletePartCommand(TownClerk(ClerkB), Township, CivilAffairs, "民政审核通过"));
        var two = await matter.CompletePart(new CompletePartCommand(CityClerkActor(), City, CityWindow, "规划许可"));
        var early = await Assert.ThrowsAsync<DomainException>(() => matter.Complete(new CompleteCommand(TownClerk(ClerkA), null)));
        var three = await matter.CompletePart(new CompletePartCommand(TownClerk(LandClerk), Township, Land, "用地审核通过"));

        Assert.Equal(MatterStatus.InProgress, one.Status);
        Assert.Equal(MatterStatus.InProgress, two.Status);
        Assert.Equal("matter.joint", early.Code);
        Assert.Equal(MatterStatus.Completed, three.Status);
        Assert.All(three.Parts, p => Assert.Equal(JointPartStatus.Completed, p.Status));
        var history = await matter.GetHistory(MonitorActor);
        Assert.Equal(
            [("PartCompleted", Township, CivilAffairs), ("PartCompleted", City, CityWindow), ("PartCompleted", Township, Land), ("Completed", Township, CivilAffairs)],
            history.Skip(1).Select(h => (h.Action, h.PointCode, h.WindowId!)));
    }

    [Fact]
    public async Task A_joint_matter_is_returned_when_one_window_returns_its_part()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);
        var matter = flow.Grains.GetGrain<IMatterGrain>(NewReceipt(Day));
        await matter.Accept(Intake(NewHouse, NewHouseMaterials));
        await matter.CompletePart(new CompletePartCommand(TownClerk(ClerkA), Township, CivilAffairs, null));

        var returned = await matter.ReturnPart(new ReturnPartCommand(TownClerk(LandClerk), Township, Land, "占用基本农田", "《土地管理法》第三十七条"));
        var late = await Assert.ThrowsAsync<DomainException>(() => matter.CompletePart(new CompletePartCommand(CityClerkActor(), City, CityWindow, null)));

        Assert.Equal(MatterStatus.Returned, returned.Status);
        Assert.Equal(("占用基本农田", "《土地管理法》第三十七条"), (returned.Outcome!.Reason, returned.Outcome.LegalBasis));
        Assert.Equal(
            [JointPartStatus.Completed, JointPartStatus.Returned, JointPartStatus.Cancelled],
            returned.Parts.Select(p => p.Status));
        Assert.Equal("matter.illegalTransition", late.Code);
    }

    [Fact]
    public async Task Only_a_clerk_of_that_window_works_on_its_part()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);
        var matter = flow.Grains.GetGrain<IMatterGrain>(NewReceipt(Day));
        await matter.Accept(Intake(NewHouse, NewHouseMaterials));

        var e = await Assert.ThrowsAsync<DomainException>(() => matter.CompletePart(new CompletePartCommand(TownClerk(ClerkA), Township, Land, null)));
        var missingReason = await Assert.ThrowsAsync<DomainException>(() => matter.ReturnPart(new ReturnPartCommand(TownClerk(LandClerk), Township, Land, "", "x")));

        Assert.Equal(DomainErrorKind.Forbidden, e.Kind);
        Assert.Equal("reason", missingReason.Field);
        Assert.All((await matter.Get(MonitorActor))!.Parts, p => Assert.Equal(JointPartStatus.Open, p.Status));
    }
}
