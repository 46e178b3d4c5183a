using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using static Network.Grains.Tests.Infrastructure.TestNetwork;

namespace Network.Grains.Tests.Flows;

/// <summary>代办: village → township → city, and the result back down, on PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ProxyHandOffTests(PostgresFixture db)
{
    private static readonly DateOnly Day = new(2026, 11, 16);

    [Fact]
    public async Task A_village_matter_handed_to_the_city_brings_its_result_back_to_the_village_with_every_hop_in_the_ledger()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);
        var receipt = NewReceipt(Day, Village);
        var matter = flow.Grains.GetGrain<IMatterGrain>(receipt);

        var accepted = await matter.Accept(VillageIntake(Felling, "居民身份证", "林权证"));
        Assert.Equal(MatterStatus.InProgress, accepted.Status);
        Assert.NotNull(accepted.Slip);

        var atTownship = await matter.HandUp(new HandUpCommand(VillageClerk(VillageClerkA), ProxyAgent, "村民委托代办"));
        Assert.Equal((MatterStatus.HandedUp, Township, ProxyAgent), (atTownship.Status, atTownship.CurrentPointCode, atTownship.ProxyAgentId));

        var atCity = await matter.HandUp(new HandUpCommand(TownClerk(ClerkA), null, null));
        Assert.Equal(City, atCity.CurrentPointCode);

        var decided = await matter.Decide(new DecideCommand(CityClerkActor(), true, "准予采伐，许可证号 2026-118", null, null));
        Assert.Equal((MatterStatus.ResultReady, Village), (decided.Status, decided.CurrentPointCode));
        Assert.Equal("准予采伐，许可证号 2026-118", decided.Decision!.ResultNote);

        var delivered = await matter.Deliver(new DeliverCommand(VillageClerk(VillageClerkB)));
        Assert.Equal(MatterStatus.Completed, delivered.Status);

        var history = await matter.GetHistory(MonitorActor);
        Assert.Equal(
            [
                ("Accepted", Village), ("PassedUp", Village), ("ReceivedFromBelow", Township), ("PassedUp", Township),
                ("ReceivedFromBelow", City), ("Decided", City), ("ResultRelayed", Township), ("ResultArrived", Village), ("Delivered", Village),
            ],
            history.Select(h => (h.Action, h.PointCode)));
        Assert.Equal(
            [(Village, HopDirection.Up), (Township, HopDirection.Up), (City, HopDirection.Up), (Township, HopDirection.Down), (Village, HopDirection.Down)],
            delivered.Hops.Select(h => (h.PointCode, h.Direction)));
        Assert.All(delivered.Hops, h => Assert.NotNull(h.PassedAt));
        Assert.Equal(9, await flow.CountAsync("SELECT count(*) FROM ledger WHERE receipt_number = $1", receipt));
    }

    [Fact]
    public async Task A_retried_hand_off_leaves_exactly_one_copy_and_one_step()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);
        var receipt = NewReceipt(Day, Village);
        var matter = flow.Grains.GetGrain<IMatterGrain>(receipt);
        await matter.Accept(VillageIntake(Felling, "居民身份证", "林权证"));
        var handUp = new HandUpCommand(VillageClerk(VillageClerkA), ProxyAgent, null);

        var first = await matter.HandUp(handUp);
        var retried = await matter.HandUp(handUp);
        await matter.HandUp(new HandUpCommand(TownClerk(ClerkA), null, null));
        var retriedAfterTheNextHop = await matter.HandUp(handUp);

        Assert.Equal(first.Version, retried.Version);
        Assert.Equal(City, retriedAfterTheNextHop.CurrentPointCode);
        Assert.Equal(1, await flow.CountAsync("SELECT count(*) FROM matter WHERE receipt_number = $1", receipt));
        Assert.Equal(1, await flow.CountAsync("SELECT count(*) FROM ledger WHERE receipt_number = $1 AND action = 'PassedUp' AND point_code = $2", receipt, Village));
    }

    [Fact]
    public async Task A_retried_hand_off_after_a_cluster_restart_moves_the_matter_once()
    {
        var receipt = NewReceipt(Day, Village);
        var handUp = new HandUpCommand(VillageClerk(VillageClerkA), ProxyAgent, null);
        string database;
        await using (var before = await FlowCluster.StartAsync(db, Day))
        {
            database = before.ConnectionString;
            var matter = before.Grains.GetGrain<IMatterGrain>(receipt);
            await matter.Accept(VillageIntake(Homestead, "居民身份证", "户口簿"));
            await matter.HandUp(handUp);
        }

        await using var after = await FlowCluster.StartAsync(db, Day, connectionString: database);
        var again = await after.Grains.GetGrain<IMatterGrain>(receipt).HandUp(handUp);

        Assert.Equal(Township, again.CurrentPointCode);
        Assert.Equal(1, await after.CountAsync("SELECT count(*) FROM ledger WHERE receipt_number = $1 AND action = 'PassedUp'", receipt));
    }

    [Fact]
    public async Task The_township_decides_its_own_items_and_does_not_hand_them_further()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);
        var matter = flow.Grains.GetGrain<IMatterGrain>(NewReceipt(Day, Village));
        await matter.Accept(VillageIntake(Homestead, "居民身份证", "户口簿"));
        await matter.HandUp(new HandUpCommand(VillageClerk(VillageClerkA), ProxyAgent, null));

        var e = await Assert.ThrowsAsync<DomainException>(() => matter.HandUp(new HandUpCommand(TownClerk(ClerkA), null, null)));
        var refused = await matter.Decide(new DecideCommand(TownClerk(LandClerk), false, null, "不符合一户一宅规定", "《土地管理法》第六十二条"));
        var delivered = await matter.Deliver(new DeliverCommand(VillageClerk(VillageClerkA)));

        Assert.Equal("matter.decidedHere", e.Code);
        Assert.Equal(MatterStatus.ResultReady, refused.Status);
        Assert.Equal((MatterStatus.Returned, "不符合一户一宅规定", "《土地管理法》第六十二条"), (delivered.Status, delivered.Outcome!.Reason, delivered.Outcome.LegalBasis));
    }

    [Fact]
    public async Task A_proxy_agent_of_the_village_carries_the_matter_up_themself()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);
        var matter = flow.Grains.GetGrain<IMatterGrain>(NewReceipt(Day, Village));
        await matter.Accept(VillageIntake(Homestead, "居民身份证", "户口簿"));

        var view = await matter.HandUp(new HandUpCommand(Agent, null, null));

        Assert.Equal((Township, ProxyAgent), (view.CurrentPointCode, view.ProxyAgentId));
        Assert.Equal(ProxyAgent, (await matter.GetHistory(MonitorActor)).Single(h => h.Action == "PassedUp").ActorId);
    }

    [Fact]
    public async Task The_township_can_hand_a_matter_back_down_with_a_reason()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);
        var matter = flow.Grains.GetGrain<IMatterGrain>(NewReceipt(Day, Village));
        await matter.Accept(VillageIntake(Homestead, "居民身份证", "户口簿"));
        await matter.HandUp(new HandUpCommand(VillageClerk(VillageClerkA), ProxyAgent, null));

        var back = await matter.HandBack(new HandBackCommand(TownClerk(ClerkB), "缺少四邻签字确认"));

        Assert.Equal((MatterStatus.InProgress, Village), (back.Status, back.CurrentPointCode));
        var history = await matter.GetHistory(MonitorActor);
        Assert.Equal(("HandedBack", Township, "缺少四邻签字确认"), (history[^2].Action, history[^2].PointCode, history[^2].Detail));
        Assert.Equal(("ReceivedFromAbove", Village), (history[^1].Action, history[^1].PointCode));
    }

    [Fact]
    public async Task A_point_that_may_not_decide_cannot_complete_and_only_its_own_proxy_agents_carry_matters()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);
        var matter = flow.Grains.GetGrain<IMatterGrain>(NewReceipt(Day, Village));
        var accepted = await matter.Accept(VillageIntake(Felling, "居民身份证", "林权证"));

        var complete = await Assert.ThrowsAsync<DomainException>(() => matter.Complete(new CompleteCommand(VillageClerk(VillageClerkA), null)));
        var stranger = await Assert.ThrowsAsync<DomainException>(() => matter.HandUp(new HandUpCommand(VillageClerk(VillageClerkA), "p-elsewhere", null)));
        var notHere = await Assert.ThrowsAsync<DomainException>(() => matter.HandUp(new HandUpCommand(TownClerk(ClerkA), null, null)));
        var decideTooEarly = await Assert.ThrowsAsync<DomainException>(() => matter.Decide(new DecideCommand(CityClerkActor(), true, null, null, null)));

        Assert.Equal("matter.mustHandUp", complete.Code);
        Assert.Equal(("proxyAgentId", "proxyAgent.unknown"), (stranger.Field, stranger.Code));
        Assert.Equal(("pointCode", "auth.jurisdiction"), (notHere.Field, notHere.Code)); // the township does not hold it: refused by the grain
        Assert.Equal(("pointCode", "auth.jurisdiction"), (decideTooEarly.Field, decideTooEarly.Code)); // the city does not hold it yet
        Assert.Equal(accepted.Version, (await matter.Get(MonitorActor))!.Version);
    }
}
