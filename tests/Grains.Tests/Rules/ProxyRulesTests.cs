using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Matters.Rules;
using static Network.Grains.Tests.Rules.RuleFixture;

namespace Network.Grains.Tests.Rules;

/// <summary>代办: village → township → city, the decision relayed back down, hand-back, retries; without a cluster.</summary>
public sealed class ProxyRulesTests
{
    [Fact]
    public void A_hand_up_from_the_village_moves_the_matter_to_the_township_with_the_proxy_agent()
    {
        var change = MatterRules.HandUp(AcceptedAtVillage(Felling), new HandUpCommand(VillageClerk(), ProxyAgentId, "村民委托代办"), Context());

        var state = change.After;
        Assert.Equal((MatterStatus.HandedUp, Township, ProxyAgentId), (state.Status, state.CurrentPointCode, state.ProxyAgentId));
        Assert.Equal(
            [("PassedUp", Village, VillageWindow), ("ReceivedFromBelow", Township, null)],
            change.Steps.Select(s => (s.Entry.Action, s.Entry.PointCode, s.Entry.WindowId)));
        Assert.Contains(ProxyAgentId, change.Steps[0].Entry.Detail, StringComparison.Ordinal);
        Assert.Equal([(Village, HopDirection.Up, true), (Township, HopDirection.Up, false)], state.Hops.Select(h => (h.PointCode, h.Direction, h.PassedAt is not null)));
    }

    [Fact]
    public void A_village_matter_handed_to_the_city_brings_its_decision_back_to_the_village_with_every_hop_in_the_steps()
    {
        var atCity = MatterRules.HandUp(HandedUpToTownship(Felling), new HandUpCommand(TownClerk(), null, null), Context());
        Assert.Equal(["PassedUp", "ReceivedFromBelow"], Actions(atCity));
        Assert.Equal([Township, City], atCity.Steps.Select(s => s.Entry.PointCode));
        Assert.Equal((MatterStatus.HandedUp, City), (atCity.After.Status, atCity.After.CurrentPointCode));

        var decided = MatterRules.Decide(atCity.After, new DecideCommand(CityClerkActor(), true, "准予采伐，许可证号 2026-118", null, null), Context());

        Assert.Equal(
            [("Decided", City, MatterStatus.HandedUp), ("ResultRelayed", Township, MatterStatus.HandedUp), ("ResultArrived", Village, MatterStatus.ResultReady)],
            decided.Steps.Select(s => (s.Entry.Action, s.Entry.PointCode, s.Entry.StatusAfter)));
        Assert.Equal(VillageWindow, decided.Steps[^1].Entry.WindowId);
        var ready = decided.After;
        Assert.Equal((MatterStatus.ResultReady, Village), (ready.Status, ready.CurrentPointCode));
        Assert.Equal(("准予采伐，许可证号 2026-118", MatterStatus.Completed, CityClerk), (ready.Decision!.ResultNote, ready.Decision.Status, ready.Decision.ClerkId));
        Assert.Null(ready.Outcome);

        var delivered = MatterRules.Deliver(ready, new DeliverCommand(VillageClerk(VillageClerkB)), Context());

        Assert.Equal(["Delivered"], Actions(delivered));
        Assert.Equal(MatterStatus.Completed, delivered.After.Status);
        Assert.Equal("准予采伐，许可证号 2026-118", delivered.After.Outcome!.ResultNote);
        Assert.Equal(
            [(Village, HopDirection.Up), (Township, HopDirection.Up), (City, HopDirection.Up), (Township, HopDirection.Down), (Village, HopDirection.Down)],
            delivered.After.Hops.Select(h => (h.PointCode, h.Direction)));
        Assert.All(delivered.After.Hops, h => Assert.NotNull(h.PassedAt));
    }

    [Fact]
    public void The_township_decides_its_own_items_and_does_not_hand_them_further()
    {
        var atTownship = HandedUpToTownship(Homestead);

        Refused(() => MatterRules.HandUp(atTownship, new HandUpCommand(TownClerk(), null, null), Context()), DomainErrorKind.Conflict, "matter.decidedHere", "status");
        var refused = MatterRules.Decide(atTownship, new DecideCommand(TownClerk(LandClerk), false, null, "不符合一户一宅规定", "《土地管理法》第六十二条"), Context());
        Assert.Equal(["Decided", "ResultArrived"], Actions(refused));
        Assert.Equal(MatterStatus.ResultReady, refused.After.Status);

        var delivered = MatterRules.Deliver(refused.After, new DeliverCommand(VillageClerk()), Context()).After;

        Assert.Equal((MatterStatus.Returned, "不符合一户一宅规定", "《土地管理法》第六十二条"), (delivered.Status, delivered.Outcome!.Reason, delivered.Outcome.LegalBasis));
    }

    [Theory]
    [InlineData(null, "法律依据", "reason")]
    [InlineData("理由", "", "legalBasis")]
    public void A_refusing_decision_needs_a_reason_and_a_legal_basis(string? reason, string basis, string field)
    {
        Refused(
            () => MatterRules.Decide(HandedUpToTownship(Homestead), new DecideCommand(TownClerk(LandClerk), false, null, reason, basis), Context()),
            DomainErrorKind.Invalid, "text.required", field);
    }

    [Fact]
    public void A_point_below_the_deciding_tier_cannot_decide_and_must_hand_it_up()
    {
        Refused(
            () => MatterRules.Decide(HandedUpToTownship(Felling), new DecideCommand(TownClerk(), true, null, null, null), Context()),
            DomainErrorKind.Conflict, "matter.notDecidingTier", "status");
    }

    [Fact]
    public void The_city_cannot_decide_before_the_matter_reaches_it()
    {
        Refused(
            () => MatterRules.Decide(AcceptedAtVillage(Felling), new DecideCommand(CityClerkActor(), true, null, null, null), Context()),
            DomainErrorKind.Forbidden, "auth.jurisdiction", "pointCode");
        Refused(
            () => MatterRules.Decide(HandedUpToTownship(Felling), new DecideCommand(CityClerkActor(), true, null, null, null), Context()),
            DomainErrorKind.Forbidden, "auth.jurisdiction", "pointCode");
    }

    [Fact]
    public void The_township_cannot_hand_up_a_matter_the_village_still_holds()
    {
        Refused(
            () => MatterRules.HandUp(AcceptedAtVillage(Felling), new HandUpCommand(TownClerk(), null, null), Context()),
            DomainErrorKind.Forbidden, "auth.jurisdiction", "pointCode");
    }

    [Fact]
    public void A_village_clerk_must_name_a_proxy_agent_of_the_village()
    {
        var state = AcceptedAtVillage(Felling);

        Refused(() => MatterRules.HandUp(state, new HandUpCommand(VillageClerk(), "p-elsewhere", null), Context()), DomainErrorKind.Invalid, "proxyAgent.unknown", "proxyAgentId");
        Refused(() => MatterRules.HandUp(state, new HandUpCommand(VillageClerk(), null, null), Context()), DomainErrorKind.Invalid, "text.required", "proxyAgentId");
    }

    [Fact]
    public void A_proxy_agent_of_the_village_carries_the_matter_up_themself()
    {
        var change = MatterRules.HandUp(AcceptedAtVillage(Homestead), new HandUpCommand(Agent, null, null), Context());

        Assert.Equal((Township, ProxyAgentId), (change.After.CurrentPointCode, change.After.ProxyAgentId));
        Assert.All(change.Steps, s => Assert.Equal(ProxyAgentId, s.Entry.ActorId));
    }

    [Fact]
    public void A_proxy_agent_the_village_does_not_know_is_refused()
    {
        var forged = new Actor("p-forged", ActorRole.ProxyAgent, Village);

        Refused(() => MatterRules.HandUp(AcceptedAtVillage(Homestead), new HandUpCommand(forged, null, null), Context()), DomainErrorKind.Forbidden, "auth.jurisdiction", "pointCode");
    }

    [Fact]
    public void A_proxy_agent_cannot_carry_a_matter_the_village_no_longer_holds()
    {
        var atTownship = HandedUpToTownship(Felling);

        Refused(() => MatterRules.HandUp(atTownship, new HandUpCommand(Agent, null, null), Context()), DomainErrorKind.Forbidden, "auth.jurisdiction", "pointCode");
    }

    [Fact]
    public void A_matter_waiting_for_materials_cannot_be_handed_up()
    {
        var waiting = Accepted(VillageIntake(Felling, "居民身份证"));

        Refused(() => MatterRules.HandUp(waiting, new HandUpCommand(VillageClerk(), ProxyAgentId, null), Context()), DomainErrorKind.Conflict, "matter.illegalTransition", "status");
    }

    [Fact]
    public void The_township_can_hand_a_matter_back_down_to_the_village_with_a_reason()
    {
        var change = MatterRules.HandBack(HandedUpToTownship(Homestead), new HandBackCommand(TownClerk(ClerkB), "缺少四邻签字确认"), Context());

        Assert.Equal((MatterStatus.InProgress, Village), (change.After.Status, change.After.CurrentPointCode));
        Assert.Equal(
            [("HandedBack", Township, "缺少四邻签字确认"), ("ReceivedFromAbove", Village, $"{Township} 退回：缺少四邻签字确认")],
            change.Steps.Select(s => (s.Entry.Action, s.Entry.PointCode, s.Entry.Detail!)));
        Assert.Equal(VillageWindow, change.Steps[^1].Entry.WindowId);
    }

    [Fact]
    public void The_city_hands_a_matter_back_to_the_township_which_still_holds_it_handed_up()
    {
        var back = MatterRules.HandBack(HandedUpToCity(), new HandBackCommand(CityClerkActor(CityClerkB), "请补充林木蓄积量调查"), Context()).After;

        Assert.Equal((MatterStatus.HandedUp, Township), (back.Status, back.CurrentPointCode));
        Assert.Equal((Township, HopDirection.Down), (back.Hops[^1].PointCode, back.Hops[^1].Direction));
    }

    [Fact]
    public void A_hand_back_needs_a_reason_and_a_matter_that_came_from_below()
    {
        Refused(() => MatterRules.HandBack(HandedUpToTownship(Homestead), new HandBackCommand(TownClerk(), "  "), Context()), DomainErrorKind.Invalid, "text.required", "reason");
        Refused(() => MatterRules.HandBack(AcceptedAtVillage(Homestead), new HandBackCommand(VillageClerk(), "无"), Context()), DomainErrorKind.Conflict, "matter.illegalTransition", "status");
    }

    [Fact]
    public void A_matter_handed_back_to_the_village_may_be_handed_up_again()
    {
        var back = MatterRules.HandBack(HandedUpToTownship(Homestead), new HandBackCommand(TownClerk(), "缺少四邻签字确认"), Context()).After;
        Assert.False(MatterRules.AlreadyPassedUp(back, Village));

        var again = MatterRules.HandUp(back, new HandUpCommand(Agent, null, "已补签字"), Context()).After;

        Assert.Equal((MatterStatus.HandedUp, Township), (again.Status, again.CurrentPointCode));
        Assert.Equal(
            [(Village, HopDirection.Up), (Township, HopDirection.Up), (Village, HopDirection.Down), (Township, HopDirection.Up)],
            again.Hops.Select(h => (h.PointCode, h.Direction)));
    }

    [Fact]
    public void A_retried_hand_up_is_recognised_as_already_passed_up_at_every_later_hop()
    {
        var accepted = AcceptedAtVillage(Felling);
        Assert.False(MatterRules.AlreadyPassedUp(accepted, Village));

        var atTownship = HandedUpToTownship(Felling);
        Assert.True(MatterRules.AlreadyPassedUp(atTownship, Village));
        Assert.False(MatterRules.AlreadyPassedUp(atTownship, Township));

        var atCity = HandedUpToCity();
        Assert.True(MatterRules.AlreadyPassedUp(atCity, Village));
        Assert.True(MatterRules.AlreadyPassedUp(atCity, Township));

        var decided = MatterRules.Decide(atCity, new DecideCommand(CityClerkActor(), true, null, null, null), Context()).After;
        Assert.False(MatterRules.AlreadyPassedUp(decided, Village));
    }

    [Fact]
    public void The_rules_alone_never_move_a_matter_twice_for_a_repeated_hand_up()
    {
        var atTownship = HandedUpToTownship(Felling);

        // The grain answers a retry from AlreadyPassedUp; applied again, the rules refuse it.
        Refused(
            () => MatterRules.HandUp(atTownship, new HandUpCommand(VillageClerk(), ProxyAgentId, "村民委托代办"), Context()),
            DomainErrorKind.Forbidden, "auth.jurisdiction", "pointCode");
    }

    [Fact]
    public void A_hand_up_goes_to_the_parent_of_the_point_holding_the_matter()
    {
        Assert.Equal(Township, MatterRules.HandUpTarget(AcceptedAtVillage(Felling)));
        Assert.Equal(City, MatterRules.HandUpTarget(HandedUpToTownship(Felling)));
        Assert.Null(MatterRules.HandUpTarget(HandedUpToCity()));
    }

    [Fact]
    public void The_city_decides_and_does_not_hand_further()
    {
        Refused(() => MatterRules.HandUp(HandedUpToCity(), new HandUpCommand(CityClerkActor(), null, null), Context()), DomainErrorKind.Conflict, "matter.decidedHere", "status");
    }

    [Fact]
    public void Only_the_point_of_intake_delivers_the_result()
    {
        var ready = MatterRules.Decide(HandedUpToTownship(Homestead), new DecideCommand(TownClerk(LandClerk), true, "准予", null, null), Context()).After;

        Refused(() => MatterRules.Deliver(ready, new DeliverCommand(TownClerk()), Context()), DomainErrorKind.Forbidden, "auth.jurisdiction", "pointCode");
        Refused(() => MatterRules.Deliver(ready, new DeliverCommand(Agent), Context()), DomainErrorKind.Forbidden, "auth.role", "role");
    }
}
