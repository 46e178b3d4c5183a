using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using static Network.Grains.Tests.Infrastructure.TestNetwork;

namespace Network.Grains.Tests.Flows;

/// <summary>首问负责: the first clerk owns the matter until an explicit hand-over to a named clerk.</summary>
[Collection(PostgresCollection.Name)]
public sealed class FirstInquiryTests(PostgresFixture db)
{
    private static readonly DateOnly Day = new(2026, 11, 18);

    [Fact]
    public async Task The_first_clerk_owns_the_matter_through_hand_offs_and_AB_switches_until_an_explicit_hand_over()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);
        var matter = flow.Grains.GetGrain<IMatterGrain>(NewReceipt(Day, Village));
        await matter.Accept(VillageIntake(Felling, "居民身份证", "林权证"));
        await matter.HandUp(new HandUpCommand(VillageClerk(VillageClerkA), ProxyAgent, null));
        await flow.Grains.GetGrain<IWindowGrain>($"{Village}/{VillageWindow}").SetPrimaryAway(VillageClerk(VillageClerkA), true);

        var handled = (await matter.Get(MonitorActor))!;
        Assert.Equal((VillageClerkA, VillageClerkA, VillageClerkB), (handled.FirstClerkId, handled.OwnerClerkId, handled.HandlerClerkId));

        var handedOver = await matter.HandOver(new HandOverCommand(VillageClerk(VillageClerkA), ClerkA, "转镇民政窗口负责答复"));

        Assert.Equal((VillageClerkA, ClerkA), (handedOver.FirstClerkId, handedOver.OwnerClerkId));
        var row = (await matter.GetHistory(MonitorActor))[^1];
        Assert.Equal(("HandedOver", VillageClerkA), (row.Action, row.ActorId));
        Assert.Contains(ClerkA, row.Detail, StringComparison.Ordinal);
        await flow.Grains.GetGrain<IWindowGrain>($"{Village}/{VillageWindow}").SetPrimaryAway(VillageClerk(VillageClerkB), false);
    }

    [Fact]
    public async Task A_director_of_the_point_may_reassign_the_owner_and_the_ledger_says_so()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);
        var matter = flow.Grains.GetGrain<IMatterGrain>(NewReceipt(Day));
        await matter.Accept(Intake(Allowance, AllowanceMaterials));

        var view = await matter.HandOver(new HandOverCommand(Director, ClerkB, "首问人休假"));

        Assert.Equal(ClerkB, view.OwnerClerkId);
        var row = (await matter.GetHistory(MonitorActor))[^1];
        Assert.Equal(TownshipDirector, row.ActorId);
        Assert.Contains($"{ClerkA} → {ClerkB}", row.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_owner_hands_over_and_only_to_a_known_clerk()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);
        var matter = flow.Grains.GetGrain<IMatterGrain>(NewReceipt(Day));
        await matter.Accept(Intake(Allowance, AllowanceMaterials));

        var notOwner = await Assert.ThrowsAsync<DomainException>(() => matter.HandOver(new HandOverCommand(TownClerk(ClerkB), OtherClerk, null)));
        var unknown = await Assert.ThrowsAsync<DomainException>(() => matter.HandOver(new HandOverCommand(TownClerk(ClerkA), "c-nobody", null)));

        Assert.Equal(DomainErrorKind.Forbidden, notOwner.Kind);
        Assert.Equal(("toClerkId", DomainErrorKind.NotFound), (unknown.Field, unknown.Kind));
        Assert.Equal(ClerkA, (await matter.Get(MonitorActor))!.OwnerClerkId);
    }
}
