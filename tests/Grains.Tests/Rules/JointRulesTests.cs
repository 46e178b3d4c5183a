using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Matters.Rules;
using static Network.Grains.Tests.Rules.RuleFixture;

namespace Network.Grains.Tests.Rules;

/// <summary>联办: one acceptance, parts at three windows of two points, without a cluster.</summary>
public sealed class JointRulesTests
{
    // Mon 16 Nov 2026: overall limit 15 working days → Mon 7 Dec; each window's part 5 → Mon 23 Nov.
    private static readonly DateOnly Day = new(2026, 11, 16);

    [Fact]
    public void A_joint_matter_opens_a_part_at_every_window_with_its_own_deadline()
    {
        var change = Accept(Intake(NewHouse, NewHouseMaterials), Day);
        var state = change.After;

        Assert.Equal(MatterStatus.InProgress, state.Status);
        Assert.Equal([(Township, CivilAffairs), (Township, Land), (City, CityWindow)], state.Parts.Select(p => (p.PointCode, p.WindowId)));
        Assert.All(state.Parts, p => Assert.Equal((JointPartStatus.Open, new DateOnly(2026, 11, 23), FlagLevel.None), (p.Status, p.DueDate, p.Flag)));
        Assert.Equal(new DateOnly(2026, 12, 7), state.DueDate);
        Assert.Equal(new DateOnly(2026, 12, 7), state.Slip!.DueDate);
        Assert.Contains("联办窗口", change.Steps[0].Entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_joint_matter_completes_only_when_the_last_part_completes()
    {
        var state = AcceptedNewHouse();

        var one = MatterRules.CompletePart(state, new CompletePartCommand(TownClerk(ClerkB), Township, CivilAffairs, "民政审核通过"), Context(Day));
        var two = MatterRules.CompletePart(one.After, new CompletePartCommand(CityClerkActor(), City, CityWindow, "规划许可"), Context(Day));
        var three = MatterRules.CompletePart(two.After, new CompletePartCommand(TownClerk(LandClerk), Township, Land, "用地审核通过"), Context(Day));

        Assert.Equal(MatterStatus.InProgress, one.After.Status);
        Assert.Equal(MatterStatus.InProgress, two.After.Status);
        Assert.Equal(["PartCompleted"], Actions(two));
        Assert.Equal((City, CityWindow), (two.Steps[0].Entry.PointCode, two.Steps[0].Entry.WindowId));
        Assert.Equal(
            [("PartCompleted", Township, Land), ("Completed", Township, CivilAffairs)],
            three.Steps.Select(s => (s.Entry.Action, s.Entry.PointCode, s.Entry.WindowId!)));
        Assert.Equal(MatterStatus.Completed, three.After.Status);
        Assert.All(three.After.Parts, p => Assert.Equal(JointPartStatus.Completed, p.Status));
        Assert.Equal([ClerkB, LandClerk, CityClerk], three.After.Parts.Select(p => p.ClerkId!));
        Assert.Equal("民政审核通过", three.After.Parts[0].Note);
    }

    [Fact]
    public void A_joint_matter_cannot_be_completed_as_a_whole()
    {
        Refused(() => MatterRules.Complete(AcceptedNewHouse(), new CompleteCommand(TownClerk(), null), Context(Day)), DomainErrorKind.Conflict, "matter.joint", "status");
    }

    [Fact]
    public void A_joint_matter_is_returned_when_one_window_returns_its_part_and_the_open_parts_are_cancelled()
    {
        var first = MatterRules.CompletePart(AcceptedNewHouse(), new CompletePartCommand(TownClerk(), Township, CivilAffairs, null), Context(Day)).After;

        var change = MatterRules.ReturnPart(first, new ReturnPartCommand(TownClerk(LandClerk), Township, Land, "占用基本农田", "《土地管理法》第三十七条"), Context(Day));

        Assert.Equal(["PartReturned", "Returned"], Actions(change));
        var returned = change.After;
        Assert.Equal(MatterStatus.Returned, returned.Status);
        Assert.Equal(("占用基本农田", "《土地管理法》第三十七条", LandClerk), (returned.Outcome!.Reason, returned.Outcome.LegalBasis, returned.Outcome.ClerkId));
        Assert.Equal([JointPartStatus.Completed, JointPartStatus.Returned, JointPartStatus.Cancelled], returned.Parts.Select(p => p.Status));
        Assert.Equal("《土地管理法》第三十七条", returned.Parts[1].LegalBasis);
        Refused(
            () => MatterRules.CompletePart(returned, new CompletePartCommand(CityClerkActor(), City, CityWindow, null), Context(Day)),
            DomainErrorKind.Conflict, "matter.illegalTransition", "status");
    }

    [Theory]
    [InlineData("", "《土地管理法》", "reason")]
    [InlineData("占用基本农田", "", "legalBasis")]
    public void Returning_a_part_needs_a_reason_and_a_legal_basis(string reason, string basis, string field)
    {
        var state = AcceptedNewHouse();

        Refused(() => MatterRules.ReturnPart(state, new ReturnPartCommand(TownClerk(LandClerk), Township, Land, reason, basis), Context(Day)), DomainErrorKind.Invalid, "text.required", field);

        Assert.All(state.Parts, p => Assert.Equal(JointPartStatus.Open, p.Status));
    }

    [Fact]
    public void Only_a_clerk_of_that_window_works_on_its_part()
    {
        var state = AcceptedNewHouse();

        Refused(() => MatterRules.CompletePart(state, new CompletePartCommand(TownClerk(ClerkA), Township, Land, null), Context(Day)), DomainErrorKind.Forbidden, "auth.jurisdiction", "windowId");
        Refused(() => MatterRules.CompletePart(state, new CompletePartCommand(TownClerk(ClerkA), City, CityWindow, null), Context(Day)), DomainErrorKind.Forbidden, "auth.jurisdiction", "pointCode");
        Refused(() => MatterRules.CompletePart(state, new CompletePartCommand(Director, Township, Land, null), Context(Day)), DomainErrorKind.Forbidden, "auth.role", "role");
        Assert.Equal(
            JointPartStatus.Completed,
            MatterRules.CompletePart(state, new CompletePartCommand(TownClerk(LandClerkB), Township, Land, null), Context(Day)).After.Parts[1].Status);
    }

    [Fact]
    public void A_part_that_is_already_closed_cannot_be_worked_again()
    {
        var state = MatterRules.CompletePart(AcceptedNewHouse(), new CompletePartCommand(TownClerk(LandClerk), Township, Land, null), Context(Day)).After;

        Refused(() => MatterRules.CompletePart(state, new CompletePartCommand(TownClerk(LandClerk), Township, Land, null), Context(Day)), DomainErrorKind.Conflict, "part.closed", "windowId");
    }

    [Fact]
    public void A_window_without_a_part_or_a_matter_that_is_not_joint_has_no_parts_to_work()
    {
        Refused(
            () => MatterRules.CompletePart(AcceptedNewHouse(), new CompletePartCommand(TownClerk(PlanningClerk), Township, FamilyPlanning, null), Context(Day)),
            DomainErrorKind.NotFound, "part.unknown", "windowId");
        Refused(
            () => MatterRules.CompletePart(AcceptedAllowance(), new CompletePartCommand(TownClerk(), Township, CivilAffairs, null), Context()),
            DomainErrorKind.Conflict, "matter.notJoint", "status");
    }

    [Fact]
    public void Returning_the_whole_joint_matter_cancels_every_open_part()
    {
        var returned = MatterRules.Return(AcceptedNewHouse(), new ReturnCommand(TownClerk(), "申请人撤回", "《行政许可法》第三十二条"), Context(Day)).After;

        Assert.All(returned.Parts, p => Assert.Equal(JointPartStatus.Cancelled, p.Status));
    }

    [Fact]
    public void A_supplement_on_a_joint_matter_moves_every_open_part_s_deadline_by_the_paused_days()
    {
        var paused = MatterRules.RequestSupplement(AcceptedNewHouse(), new RequestSupplementCommand(TownClerk(), ["宅基地批准书"]), Context(new DateOnly(2026, 11, 17))).After;
        Refused(() => MatterRules.CompletePart(paused, new CompletePartCommand(TownClerk(LandClerk), Township, Land, null), Context(Day)), DomainErrorKind.Conflict, "matter.illegalTransition", "status");

        // Wed 18, Thu 19, Fri 20: three working days paused.
        var resumed = MatterRules.SupplyMaterials(paused, new SupplyMaterialsCommand(TownClerk(), ["宅基地批准书"]), Context(new DateOnly(2026, 11, 20))).After;

        Assert.Equal(3, resumed.PausedWorkingDays);
        Assert.All(resumed.Parts, p => Assert.Equal(new DateOnly(2026, 11, 26), p.DueDate));
        Assert.Equal(new DateOnly(2026, 12, 10), resumed.DueDate);
    }
}
