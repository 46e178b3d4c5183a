using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Matters;
using Network.Grains.Matters.Rules;
using static Network.Grains.Tests.Rules.RuleFixture;

namespace Network.Grains.Tests.Rules;

/// <summary>
/// Who may do what in which state: the forms each actor is offered (<see cref="MatterPolicy.Allowed"/>),
/// forged or wrong actors refused by the rules themselves, and reading by jurisdiction.
/// </summary>
public sealed class MatterPolicyTests
{
    private static readonly DateOnly JointDay = new(2026, 11, 16);

    private static MatterAction[] Allowed(MatterState state, Actor actor, DateOnly? day = null) =>
        MatterPolicy.Allowed(state, actor, Context(day)).Where(a => a.PointCode is null).Select(a => a.Action).ToArray();

    private static MatterState ReadyAtVillage() =>
        MatterRules.Decide(HandedUpToTownship(Homestead), new DecideCommand(TownClerk(LandClerk), true, "准予", null, null), Context()).After;

    // ----- the forms offered -----

    [Fact]
    public void The_owner_at_the_window_is_offered_supply_return_and_hand_over_while_materials_are_missing()
    {
        var waiting = Accepted(Intake(Allowance));

        Assert.Equal([MatterAction.SupplyMaterials, MatterAction.Return, MatterAction.HandOver, MatterAction.CheckDeadlines], Allowed(waiting, TownClerk(ClerkA)));
        Assert.Equal([MatterAction.SupplyMaterials, MatterAction.Return, MatterAction.CheckDeadlines], Allowed(waiting, TownClerk(ClerkB)));
    }

    [Fact]
    public void A_window_clerk_is_offered_supplement_complete_and_return_while_a_matter_decided_here_is_in_progress()
    {
        var state = AcceptedAllowance();

        Assert.Equal(
            [MatterAction.RequestSupplement, MatterAction.Complete, MatterAction.Return, MatterAction.HandOver, MatterAction.CheckDeadlines],
            Allowed(state, TownClerk(ClerkA)));
        Assert.Equal(
            [MatterAction.RequestSupplement, MatterAction.Complete, MatterAction.Return, MatterAction.CheckDeadlines],
            Allowed(state, TownClerk(ClerkB)));
    }

    [Fact]
    public void A_village_clerk_is_offered_hand_up_not_complete_for_a_matter_decided_above()
    {
        Assert.Equal(
            [MatterAction.RequestSupplement, MatterAction.Return, MatterAction.HandUp, MatterAction.HandOver, MatterAction.CheckDeadlines],
            Allowed(AcceptedAtVillage(Felling), VillageClerk()));
    }

    [Fact]
    public void The_village_proxy_agent_is_offered_hand_up_only()
    {
        Assert.Equal([MatterAction.HandUp, MatterAction.CheckDeadlines], Allowed(AcceptedAtVillage(Felling), Agent));
        Assert.Equal([MatterAction.CheckDeadlines], Allowed(HandedUpToTownship(Felling), Agent));
    }

    [Fact]
    public void The_point_holding_a_handed_up_matter_is_offered_decide_and_hand_back()
    {
        var atTownship = HandedUpToTownship(Homestead);

        Assert.Equal([MatterAction.HandBack, MatterAction.Decide, MatterAction.CheckDeadlines], Allowed(atTownship, TownClerk(LandClerk)));
        Assert.Equal([MatterAction.HandOver, MatterAction.CheckDeadlines], Allowed(atTownship, VillageClerk(VillageClerkA)));
        Assert.Equal([MatterAction.CheckDeadlines], Allowed(atTownship, VillageClerk(VillageClerkB)));
    }

    [Fact]
    public void A_township_that_may_not_decide_is_offered_hand_up_and_hand_back_not_decide()
    {
        Assert.Equal([MatterAction.HandUp, MatterAction.HandBack, MatterAction.CheckDeadlines], Allowed(HandedUpToTownship(Felling), TownClerk()));
        Assert.Equal([MatterAction.HandBack, MatterAction.Decide, MatterAction.CheckDeadlines], Allowed(HandedUpToCity(), CityClerkActor()));
    }

    [Fact]
    public void The_village_window_is_offered_delivery_once_the_result_is_back()
    {
        var ready = ReadyAtVillage();

        Assert.Equal([MatterAction.Deliver, MatterAction.HandOver, MatterAction.CheckDeadlines], Allowed(ready, VillageClerk(VillageClerkA)));
        Assert.Equal([MatterAction.Deliver, MatterAction.CheckDeadlines], Allowed(ready, VillageClerk(VillageClerkB)));
        Assert.Equal([MatterAction.CheckDeadlines], Allowed(ready, Agent));
    }

    [Fact]
    public void Nothing_is_offered_on_a_closed_matter()
    {
        Assert.Empty(MatterPolicy.Allowed(Accepted(Intake(SeniorCard, SeniorCardMaterials)), TownClerk(), Context()));
    }

    [Fact]
    public void The_city_monitor_reads_everything_and_is_offered_nothing()
    {
        foreach (var state in new[] { Accepted(Intake(Allowance)), AcceptedAllowance(), HandedUpToCity(), AcceptedNewHouse() })
        {
            Assert.True(MatterPolicy.CanRead(state, CityMonitor));
            Assert.Empty(MatterPolicy.Allowed(state, CityMonitor, Context()));
        }
    }

    [Fact]
    public void A_director_is_offered_the_hand_over_the_deadline_check_and_the_extension()
    {
        Assert.Equal([MatterAction.HandOver, MatterAction.CheckDeadlines, MatterAction.Extend], Allowed(AcceptedAllowance(), Director));
        Assert.Equal([MatterAction.HandOver, MatterAction.CheckDeadlines], Allowed(Accepted(Intake(Allowance)), Director)); // no deadline yet
    }

    [Fact]
    public void A_clerk_of_another_window_is_offered_nothing_but_the_deadline_check()
    {
        Assert.Equal([MatterAction.CheckDeadlines], Allowed(AcceptedAllowance(), TownClerk(PlanningClerk)));
        Assert.Empty(MatterPolicy.Allowed(AcceptedAllowance(), OtherTownClerkActor, Context()));
    }

    [Fact]
    public void Part_actions_are_offered_only_to_the_clerks_of_the_part_s_window()
    {
        var state = AcceptedNewHouse();

        Assert.Equal(
            [new AllowedAction(MatterAction.CheckDeadlines), new AllowedAction(MatterAction.CompletePart, Township, Land), new AllowedAction(MatterAction.ReturnPart, Township, Land)],
            MatterPolicy.Allowed(state, TownClerk(LandClerk), Context(JointDay)));
        Assert.Equal(
            [new AllowedAction(MatterAction.CheckDeadlines), new AllowedAction(MatterAction.CompletePart, City, CityWindow), new AllowedAction(MatterAction.ReturnPart, City, CityWindow)],
            MatterPolicy.Allowed(state, CityClerkActor(CityClerkB), Context(JointDay)));
        Assert.Equal(
            [
                new AllowedAction(MatterAction.RequestSupplement), new AllowedAction(MatterAction.Return), new AllowedAction(MatterAction.HandOver), new AllowedAction(MatterAction.CheckDeadlines),
                new AllowedAction(MatterAction.CompletePart, Township, CivilAffairs), new AllowedAction(MatterAction.ReturnPart, Township, CivilAffairs),
            ],
            MatterPolicy.Allowed(state, TownClerk(ClerkA), Context(JointDay)));
    }

    [Fact]
    public void A_closed_part_is_no_longer_offered()
    {
        var state = MatterRules.CompletePart(AcceptedNewHouse(), new CompletePartCommand(TownClerk(LandClerk), Township, Land, null), Context(JointDay)).After;

        Assert.Equal([new AllowedAction(MatterAction.CheckDeadlines)], MatterPolicy.Allowed(state, TownClerk(LandClerk), Context(JointDay)));
    }

    // ----- forged or wrong actors -----

    [Fact]
    public void A_clerk_who_does_not_staff_the_window_is_refused_even_when_the_actor_claims_the_point()
    {
        var forged = new Actor(OtherTownClerk, ActorRole.WindowClerk, Township);

        Refused(() => MatterRules.Complete(AcceptedAllowance(), new CompleteCommand(forged, null), Context()), DomainErrorKind.Forbidden, "auth.jurisdiction", "windowId");
        Refused(() => MatterRules.Complete(AcceptedAllowance(), new CompleteCommand(TownClerk(PlanningClerk), null), Context()), DomainErrorKind.Forbidden, "auth.jurisdiction", "windowId");
    }

    [Fact]
    public void A_clerk_of_another_point_is_refused_naming_the_point()
    {
        Refused(() => MatterRules.Complete(AcceptedAllowance(), new CompleteCommand(OtherTownClerkActor, null), Context()), DomainErrorKind.Forbidden, "auth.jurisdiction", "pointCode");
        // The right id at the wrong point: c-zhang signed in as a clerk of the village.
        Refused(() => MatterRules.Complete(AcceptedAllowance(), new CompleteCommand(new Actor(ClerkA, ActorRole.WindowClerk, Village), null), Context()), DomainErrorKind.Forbidden, "auth.jurisdiction", "pointCode");
    }

    [Fact]
    public void An_actor_whose_window_names_another_window_is_refused()
    {
        var state = AcceptedAllowance();

        Refused(() => MatterRules.Complete(state, new CompleteCommand(TownClerk(ClerkA, FamilyPlanning), null), Context()), DomainErrorKind.Forbidden, "auth.jurisdiction", "windowId");
        Refused(() => MatterRules.Return(state, new ReturnCommand(TownClerk(ClerkB, Land), "收入超标", "第九条"), Context()), DomainErrorKind.Forbidden, "auth.jurisdiction", "windowId");
        Assert.Equal(MatterStatus.Completed, MatterRules.Complete(state, new CompleteCommand(TownClerk(ClerkA, CivilAffairs), null), Context()).After.Status);
    }

    [Fact]
    public void An_actor_whose_window_names_a_window_they_do_not_staff_cannot_decide_at_the_point_holding_the_matter()
    {
        var atTownship = HandedUpToTownship(Homestead);

        // c-zhang staffs civil affairs at the township; the actor claims the land window.
        Refused(
            () => MatterRules.Decide(atTownship, new DecideCommand(TownClerk(ClerkA, Land), true, null, null, null), Context()),
            DomainErrorKind.Forbidden, "auth.jurisdiction", "windowId");
        Refused(
            () => MatterRules.HandBack(atTownship, new HandBackCommand(TownClerk(ClerkA, Land), "缺签字"), Context()),
            DomainErrorKind.Forbidden, "auth.jurisdiction", "windowId");
        // The land window decides the homestead review at the township (its catalog says so).
        Assert.Equal(MatterStatus.ResultReady, MatterRules.Decide(atTownship, new DecideCommand(TownClerk(LandClerk, Land), true, null, null, null), Context()).After.Status);
    }

    [Fact]
    public void An_owner_whose_window_names_a_window_they_do_not_staff_cannot_hand_over()
    {
        Refused(
            () => MatterRules.HandOver(AcceptedAllowance(), new HandOverCommand(TownClerk(ClerkA, Land), ClerkB, null), Context()),
            DomainErrorKind.Forbidden, "auth.jurisdiction", "windowId");
    }

    [Theory]
    [InlineData(ActorRole.CityMonitor, "m-330182", City)]
    [InlineData(ActorRole.Administrator, "admin", City)]
    [InlineData(ActorRole.CityMonitor, "m-330182", Township)]
    public void A_monitor_or_an_administrator_trying_to_act_is_refused_for_their_role(ActorRole role, string id, string point)
    {
        var actor = new Actor(id, role, point);
        var state = AcceptedAllowance();

        Refused(() => MatterRules.Complete(state, new CompleteCommand(actor, null), Context()), DomainErrorKind.Forbidden, "auth.role", "role");
        Refused(() => MatterRules.Return(state, new ReturnCommand(actor, "x", "y"), Context()), DomainErrorKind.Forbidden, "auth.role", "role");
        IsRefusal(MatterPolicy.Check(state, actor, MatterAction.CheckDeadlines, Context()), DomainErrorKind.Forbidden, "auth.role", "role");
    }

    [Fact]
    public void A_director_trying_to_complete_is_refused_for_their_role()
    {
        Refused(() => MatterRules.Complete(AcceptedAllowance(), new CompleteCommand(Director, "主任签批"), Context()), DomainErrorKind.Forbidden, "auth.role", "role");
        Refused(() => MatterRules.Decide(HandedUpToTownship(Homestead), new DecideCommand(Director, true, null, null, null), Context()), DomainErrorKind.Forbidden, "auth.role", "role");
    }

    [Fact]
    public void Who_may_act_is_decided_before_what_the_state_allows()
    {
        var done = Accepted(Intake(SeniorCard, SeniorCardMaterials));

        IsRefusal(MatterPolicy.Check(done, CityMonitor, MatterAction.Complete, Context()), DomainErrorKind.Forbidden, "auth.role", "role");
        IsRefusal(MatterPolicy.Check(done, TownClerk(PlanningClerk), MatterAction.Complete, Context()), DomainErrorKind.Forbidden, "auth.jurisdiction", "windowId");
        IsRefusal(MatterPolicy.Check(done, TownClerk(), MatterAction.Complete, Context()), DomainErrorKind.Conflict, "matter.illegalTransition", "status");
    }

    [Fact]
    public void The_network_s_own_actor_and_a_missing_actor_are_refused_on_the_public_contract()
    {
        var e = Assert.Throws<DomainException>(() => MatterPolicy.EnsureNotSystem(Actor.Supervision));
        Assert.Equal((DomainErrorKind.Forbidden, "auth.role", "role"), (e.Kind, e.Code, e.Field));
        var unknownRole = Assert.Throws<DomainException>(() => MatterPolicy.EnsureNotSystem(new Actor("x", (ActorRole)42, Township)));
        Assert.Equal("auth.role", unknownRole.Code);
        var missing = Assert.Throws<DomainException>(() => MatterPolicy.EnsureNotSystem(null));
        Assert.Equal((DomainErrorKind.Invalid, "actor.required", "actor"), (missing.Kind, missing.Code, missing.Field));
        MatterPolicy.EnsureNotSystem(TownClerk());
    }

    [Fact]
    public void A_part_action_must_name_the_part()
    {
        IsRefusal(MatterPolicy.Check(AcceptedNewHouse(), TownClerk(LandClerk), MatterAction.CompletePart, Context(JointDay)), DomainErrorKind.Invalid, "part.required", "windowId");
    }

    [Fact]
    public void Reading_is_refused_outside_the_jurisdiction_naming_the_receipt()
    {
        IsRefusal(MatterPolicy.Check(AcceptedAllowance(), OtherTownClerkActor, MatterAction.Read, Context()), DomainErrorKind.Forbidden, "auth.jurisdiction", "receiptNumber");
        Assert.Null(MatterPolicy.Check(AcceptedAllowance(), TownClerk(PlanningClerk), MatterAction.Read, Context()));
    }

    // ----- reading by jurisdiction -----

    [Fact]
    public void A_director_reads_the_matters_of_the_point_and_of_every_point_below()
    {
        Assert.True(MatterPolicy.CanRead(AcceptedAllowance(), Director));
        Assert.True(MatterPolicy.CanRead(AcceptedAtVillage(Felling), Director));
        Assert.True(MatterPolicy.CanRead(AcceptedAtVillage(Felling), CityDirector));
        Assert.False(MatterPolicy.CanRead(AcceptedAllowance(), new Actor("d-other", ActorRole.CenterDirector, OtherTownship)));
    }

    [Fact]
    public void The_city_monitor_reads_the_whole_city_and_no_other()
    {
        Assert.True(MatterPolicy.CanRead(AcceptedAtVillage(Felling), CityMonitor));
        Assert.False(MatterPolicy.CanRead(AcceptedAtVillage(Felling), new Actor("m-330183", ActorRole.CityMonitor, OtherCity)));
    }

    [Fact]
    public void A_clerk_reads_only_matters_that_involve_their_own_point()
    {
        var atVillage = AcceptedAtVillage(Felling);
        Assert.True(MatterPolicy.CanRead(atVillage, VillageClerk(VillageClerkB)));
        Assert.True(MatterPolicy.CanRead(atVillage, Agent));
        Assert.False(MatterPolicy.CanRead(atVillage, TownClerk()));
        Assert.False(MatterPolicy.CanRead(AcceptedAllowance(), OtherTownClerkActor));
        Assert.False(MatterPolicy.CanRead(AcceptedAllowance(), VillageClerk()));

        var atCity = HandedUpToCity();
        Assert.True(MatterPolicy.CanRead(atCity, TownClerk()));
        Assert.True(MatterPolicy.CanRead(atCity, VillageClerk()));
        Assert.True(MatterPolicy.CanRead(atCity, CityClerkActor()));
    }

    [Fact]
    public void Every_window_of_a_joint_matter_reads_it_at_its_own_point()
    {
        Assert.True(MatterPolicy.CanRead(AcceptedNewHouse(), CityClerkActor()));
        Assert.False(MatterPolicy.CanRead(AcceptedAllowance(), CityClerkActor()));
    }

    [Fact]
    public void An_administrator_and_the_network_s_own_actor_read_no_matter_through_the_policy()
    {
        Assert.False(MatterPolicy.CanRead(AcceptedAllowance(), Administrator));
        Assert.False(MatterPolicy.CanRead(AcceptedAllowance(), Actor.Supervision));
    }
}
