using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Matters.Rules;
using static Network.Grains.Tests.Rules.RuleFixture;

namespace Network.Grains.Tests.Rules;

/// <summary>
/// A handed-up matter is decided only by the window that handles its item at the point holding it
/// (the holding point's catalog says which): not by any clerk of that point.
/// </summary>
public sealed class DecidingWindowRulesTests
{
    [Fact]
    public void A_clerk_of_another_window_at_the_holding_point_may_not_decide_and_is_not_offered_to()
    {
        var atTownship = HandedUpToTownship(Homestead);

        // c-zhang staffs civil affairs; the township's catalog has the homestead review decided by the land window.
        Refused(
            () => MatterRules.Decide(atTownship, new DecideCommand(TownClerk(ClerkA), true, "准予", null, null), Context()),
            DomainErrorKind.Forbidden, "auth.jurisdiction", "windowId");
        Assert.DoesNotContain(MatterPolicy.Allowed(atTownship, TownClerk(ClerkA), Context()), a => a.Action == MatterAction.Decide);
        Assert.Contains(MatterPolicy.Allowed(atTownship, TownClerk(ClerkA), Context()), a => a.Action == MatterAction.HandBack);

        Assert.Equal(MatterStatus.ResultReady, MatterRules.Decide(atTownship, new DecideCommand(TownClerk(LandClerkB), true, "准予", null, null), Context()).After.Status);
    }

    [Fact]
    public void The_deciding_window_of_the_city_decides_what_reaches_the_city_and_no_township_window_does()
    {
        var atCity = HandedUpToCity();

        Assert.Equal(MatterStatus.ResultReady, MatterRules.Decide(atCity, new DecideCommand(CityClerkActor(CityClerkB), true, null, null, null), Context()).After.Status);
        Refused(
            () => MatterRules.Decide(atCity, new DecideCommand(TownClerk(LandClerk), true, null, null, null), Context()),
            DomainErrorKind.Forbidden, "auth.jurisdiction", "pointCode");
    }

    [Fact]
    public void A_holding_point_whose_catalog_names_no_item_deciding_the_matter_lets_nobody_decide_it()
    {
        var atTownship = HandedUpToTownship(Homestead);
        var withoutCatalog = Context() with { DecidingItems = new Dictionary<string, ServiceItem>() };

        foreach (var clerk in new[] { ClerkA, LandClerk })
        {
            Refused(
                () => MatterRules.Decide(atTownship, new DecideCommand(TownClerk(clerk), true, null, null, null), withoutCatalog),
                DomainErrorKind.Conflict, "matter.noDecidingWindow", "itemId");
        }

        Assert.DoesNotContain(MatterPolicy.Allowed(atTownship, TownClerk(LandClerk), withoutCatalog), a => a.Action == MatterAction.Decide);
    }

    [Fact]
    public void The_grain_reads_the_deciding_item_only_while_a_matter_awaits_a_decision_where_it_is_held()
    {
        Assert.False(MatterRules.AwaitsDecisionHere(AcceptedAtVillage(Felling)));
        Assert.False(MatterRules.AwaitsDecisionHere(HandedUpToTownship(Felling)));
        Assert.True(MatterRules.AwaitsDecisionHere(HandedUpToCity()));
        Assert.True(MatterRules.AwaitsDecisionHere(HandedUpToTownship(Homestead)));
    }
}
