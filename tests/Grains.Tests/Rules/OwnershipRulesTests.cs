using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Matters.Rules;
using static Network.Grains.Tests.Rules.RuleFixture;

namespace Network.Grains.Tests.Rules;

/// <summary>首问负责 (hand-over of the owner) and AB岗 (the handling clerk), without a cluster.</summary>
public sealed class OwnershipRulesTests
{
    [Fact]
    public void The_owner_hands_the_matter_over_to_a_named_clerk_and_the_first_clerk_stays_recorded()
    {
        var change = MatterRules.HandOver(AcceptedAllowance(), new HandOverCommand(TownClerk(ClerkA), ClerkB, "休假"), Context());

        Assert.Equal(["HandedOver"], Actions(change));
        Assert.Equal((ClerkA, ClerkB), (change.After.FirstClerkId, change.After.OwnerClerkId));
        Assert.Equal(ClerkA, change.Steps[0].Entry.ActorId);
        Assert.Contains($"{ClerkA} → {ClerkB}", change.Steps[0].Entry.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("中心主任", change.Steps[0].Entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_director_of_the_point_may_reassign_the_owner_and_the_ledger_says_so()
    {
        var change = MatterRules.HandOver(AcceptedAllowance(), new HandOverCommand(Director, ClerkB, "首问人休假"), Context());

        Assert.Equal(ClerkB, change.After.OwnerClerkId);
        Assert.Equal(TownshipDirectorId, change.Steps[0].Entry.ActorId);
        Assert.Contains($"{ClerkA} → {ClerkB}", change.Steps[0].Entry.Detail, StringComparison.Ordinal);
        Assert.Contains($"中心主任 {TownshipDirectorId}", change.Steps[0].Entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clerk_who_is_not_the_owner_cannot_hand_the_matter_over()
    {
        var state = AcceptedAllowance();

        Refused(() => MatterRules.HandOver(state, new HandOverCommand(TownClerk(ClerkB), PlanningClerk, null), Context()), DomainErrorKind.Forbidden, "owner.notOwner", "actor");

        Assert.Equal(ClerkA, state.OwnerClerkId);
    }

    [Fact]
    public void A_hand_over_to_an_unknown_clerk_or_to_the_owner_themself_is_refused()
    {
        var state = AcceptedAllowance();

        Refused(() => MatterRules.HandOver(state, new HandOverCommand(TownClerk(), "c-nobody", null), Context()), DomainErrorKind.NotFound, "clerk.unknown", "toClerkId");
        Refused(() => MatterRules.HandOver(state, new HandOverCommand(TownClerk(), ClerkA, null), Context()), DomainErrorKind.Invalid, "owner.same", "toClerkId");
        Refused(() => MatterRules.HandOver(state, new HandOverCommand(TownClerk(), "", null), Context()), DomainErrorKind.Invalid, "text.required", "toClerkId");
    }

    [Fact]
    public void A_clerk_of_a_point_the_matter_never_passed_cannot_receive_it()
    {
        Refused(
            () => MatterRules.HandOver(AcceptedAllowance(), new HandOverCommand(TownClerk(), OtherTownClerk, null), Context()),
            DomainErrorKind.NotFound, "clerk.unknown", "toClerkId");
        Refused(
            () => MatterRules.HandOver(AcceptedAtVillage(Felling), new HandOverCommand(VillageClerk(), ClerkA, null), Context()),
            DomainErrorKind.NotFound, "clerk.unknown", "toClerkId");
    }

    [Fact]
    public void Once_handed_up_the_matter_may_be_handed_over_to_a_clerk_of_the_township_it_passed()
    {
        var change = MatterRules.HandOver(HandedUpToTownship(Felling), new HandOverCommand(VillageClerk(), ClerkA, "转镇民政窗口负责答复"), Context());

        Assert.Equal((VillageClerkA, ClerkA), (change.After.FirstClerkId, change.After.OwnerClerkId));
    }

    [Fact]
    public void The_director_of_the_point_holding_a_handed_up_matter_may_reassign_it()
    {
        var change = MatterRules.HandOver(HandedUpToTownship(Felling), new HandOverCommand(Director, ClerkB, null), Context());

        Assert.Equal(ClerkB, change.After.OwnerClerkId);
    }

    [Fact]
    public void A_director_of_another_point_or_a_forged_director_cannot_hand_over()
    {
        var state = AcceptedAllowance();
        var forged = new Actor("d-forged", ActorRole.CenterDirector, Township);

        Refused(() => MatterRules.HandOver(state, new HandOverCommand(CityDirector, ClerkB, null), Context()), DomainErrorKind.Forbidden, "auth.jurisdiction", "receiptNumber");
        Refused(() => MatterRules.HandOver(state, new HandOverCommand(forged, ClerkB, null), Context()), DomainErrorKind.Forbidden, "auth.jurisdiction", "receiptNumber");
    }

    [Fact]
    public void A_clerk_of_another_township_cannot_hand_over_even_claiming_the_owner_s_id_at_their_point()
    {
        var impostor = new Actor(ClerkA, ActorRole.WindowClerk, OtherTownship);

        Refused(() => MatterRules.HandOver(AcceptedAllowance(), new HandOverCommand(impostor, ClerkB, null), Context()), DomainErrorKind.Forbidden, "auth.jurisdiction", "receiptNumber");
    }

    [Theory]
    [InlineData(ActorRole.CityMonitor)]
    [InlineData(ActorRole.Administrator)]
    [InlineData(ActorRole.ProxyAgent)]
    public void Only_clerks_and_directors_hand_over(ActorRole role)
    {
        var actor = new Actor("someone", role, Township);

        Refused(() => MatterRules.HandOver(AcceptedAllowance(), new HandOverCommand(actor, ClerkB, null), Context()), DomainErrorKind.Forbidden, "auth.role", "role");
    }

    [Fact]
    public void A_closed_matter_cannot_be_handed_over()
    {
        var done = Accepted(Intake(SeniorCard, SeniorCardMaterials));

        Refused(() => MatterRules.HandOver(done, new HandOverCommand(TownClerk(), ClerkB, null), Context()), DomainErrorKind.Conflict, "matter.illegalTransition", "status");
    }

    [Fact]
    public void When_A_is_away_the_B_clerk_takes_the_matter_and_the_owner_stays()
    {
        var change = MatterRules.AssignHandler(AcceptedAllowance(), CivilAffairs, ClerkB, Context());

        Assert.Equal(["HandlerChanged"], Actions(change));
        Assert.Equal((ClerkB, ClerkA), (change.After.HandlerClerkId, change.After.OwnerClerkId));
        Assert.Contains($"{ClerkA} → {ClerkB}", change.Steps[0].Entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Assigning_the_clerk_already_handling_it_or_a_closed_matter_changes_nothing()
    {
        Assert.True(MatterRules.AssignHandler(AcceptedAllowance(), CivilAffairs, ClerkA, Context()).IsEmpty);
        Assert.True(MatterRules.AssignHandler(Accepted(Intake(SeniorCard, SeniorCardMaterials)), CivilAffairs, ClerkB, Context()).IsEmpty);
    }

    [Fact]
    public void A_handler_is_assigned_only_for_the_matter_s_own_window()
    {
        Refused(() => MatterRules.AssignHandler(AcceptedAllowance(), Land, LandClerk, Context()), DomainErrorKind.Invalid, "window.other", "windowId");
    }

    [Fact]
    public void A_matter_waiting_for_materials_moves_to_B_as_well()
    {
        Assert.Equal(ClerkB, MatterRules.AssignHandler(Accepted(Intake(Allowance)), CivilAffairs, ClerkB, Context()).After.HandlerClerkId);
    }
}
