using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Tests.Network;
using static Network.Grains.Tests.Infrastructure.TestNetwork;

namespace Network.Grains.Tests.Matters;

/// <summary>
/// The matter grain itself refuses a forged or wrong actor, whatever a caller (a gateway, or any
/// client of the cluster) puts in the command: on a real cluster, with nothing in front of it.
/// </summary>
public sealed class ActorRefusalTests(MemoryClusterFixture fixture) : IClassFixture<MemoryClusterFixture>
{
    private static readonly DateOnly Today = new(2026, 9, 30);

    private async Task<(IMatterGrain Matter, MatterView View)> PromisedMatterAsync()
    {
        var matter = fixture.Grains.GetGrain<IMatterGrain>(NewReceipt(Today));
        return (matter, await matter.Accept(Intake(Allowance, AllowanceMaterials)));
    }

    public static TheoryData<string, Actor, string, string> Forged => new()
    {
        { "a clerk of another window of the point", TownClerk(OtherClerk), "windowId", "auth.jurisdiction" },
        { "the window's clerk id claimed at another point", new Actor(ClerkA, ActorRole.WindowClerk, "330182102"), "pointCode", "auth.jurisdiction" },
        { "someone who staffs nothing, claiming the point", TownClerk("c-nobody"), "windowId", "auth.jurisdiction" },
        { "the window's clerk naming another window to sit at", TownClerk(ClerkA) with { WindowId = FamilyPlanning }, "windowId", "auth.jurisdiction" },
        { "the city monitor", MonitorActor, "role", "auth.role" },
        { "a director", Director, "role", "auth.role" },
        { "the network's own actor sent from outside", Actor.Supervision, "role", "auth.role" },
        { "a role the network does not know", new Actor(ClerkA, (ActorRole)42, Township), "role", "auth.role" },
    };

    [Theory]
    [MemberData(nameof(Forged))]
    public async Task A_forged_or_wrong_actor_cannot_complete_a_matter_and_nothing_changes(string because, Actor actor, string field, string code)
    {
        var (matter, before) = await PromisedMatterAsync();

        var e = await Assert.ThrowsAsync<DomainException>(() => matter.Complete(new CompleteCommand(actor, "forged")));

        Assert.True((DomainErrorKind.Forbidden, field, code) == (e.Kind, e.Field, e.Code), $"{because}: got {e.Kind} {e.Field} {e.Code}");
        var after = await matter.Get(TownClerk(ClerkA));
        Assert.Equal((before.Version, MatterStatus.InProgress), (after!.Version, after.Status));
    }

    [Fact]
    public async Task A_clerk_of_another_township_cannot_read_a_matter_or_its_history()
    {
        var (matter, _) = await PromisedMatterAsync();
        var stranger = new Actor("c-elsewhere", ActorRole.WindowClerk, "330182102");

        var read = await Assert.ThrowsAsync<DomainException>(() => matter.Get(stranger));
        var history = await Assert.ThrowsAsync<DomainException>(() => matter.GetHistory(stranger));

        Assert.Equal(("receiptNumber", "auth.jurisdiction"), (read.Field, read.Code));
        Assert.Equal(DomainErrorKind.Forbidden, history.Kind);
    }

    [Fact]
    public async Task Each_actor_is_offered_only_what_the_grain_would_let_them_do()
    {
        var (matter, _) = await PromisedMatterAsync();

        var clerk = await matter.Get(TownClerk(ClerkB));
        var monitor = await matter.Get(MonitorActor);
        var director = await matter.Get(Director);

        Assert.Contains(new AllowedAction(MatterAction.Complete), clerk!.AllowedActions);
        Assert.Contains(new AllowedAction(MatterAction.Return), clerk.AllowedActions);
        Assert.Empty(monitor!.AllowedActions);
        Assert.DoesNotContain(new AllowedAction(MatterAction.Complete), director!.AllowedActions);
        Assert.Contains(new AllowedAction(MatterAction.HandOver), director.AllowedActions);
    }

    [Fact]
    public async Task A_forged_actor_is_refused_at_intake_and_no_matter_is_written()
    {
        var matter = fixture.Grains.GetGrain<IMatterGrain>(NewReceipt(Today));

        var e = await Assert.ThrowsAsync<DomainException>(() => matter.Accept(Intake(Allowance, AllowanceMaterials) with { Actor = TownClerk(OtherClerk) }));

        Assert.Equal(("windowId", "auth.jurisdiction"), (e.Field, e.Code));
        Assert.Null(await matter.Get(TownClerk(ClerkA)));
    }
}
