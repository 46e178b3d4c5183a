using Network.Grains.Interfaces.Citizens;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.ProxyErrands;
using Network.Grains.Oversight;
using Network.Grains.Tests.Flows;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using static Network.Grains.Tests.Infrastructure.TestNetwork;

namespace Network.Grains.Tests.ApplicantCases;

/// <summary>A proxy errand in the cluster on PostgreSQL: opened from the matter's power of attorney, its overdue call-back flagged by the sweep.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ProxyErrandFlowTests(PostgresFixture db)
{
    private static readonly DateOnly Monday = new(2026, 11, 16);

    [Fact]
    public async Task An_agent_s_matter_gets_its_seven_steps_and_an_overdue_call_back_is_flagged_red_by_the_sweep()
    {
        await using var flow = await FlowCluster.StartAsync(db, Monday);
        await DefineAsync(flow.Grains);
        var receipt = NewReceipt(Monday);
        var entrusted = TestNetwork.Citizen with { Agent = new ApplicantAgent("邰伟锋", IdentityDocumentType.ResidentIdCard, "440524198001010013", "委托书（2026）88号") };
        var matter = flow.Grains.GetGrain<IMatterGrain>(receipt);
        await matter.Accept(Intake(Allowance, AllowanceMaterials) with { Citizen = entrusted });
        var errand = flow.Grains.GetGrain<IProxyErrandGrain>(receipt);

        var opened = await errand.Open(new OpenProxyErrandCommand(TownClerk(ClerkA)));
        await errand.RecordStep(new RecordErrandStepCommand(TownClerk(ClerkA), ProxyErrandStep.Handled, "已报审核"));
        await matter.Complete(new CompleteCommand(TownClerk(ClerkA), "审核通过"));
        var delivered = await errand.RecordStep(new RecordErrandStepCommand(TownClerk(ClerkA), ProxyErrandStep.Delivered, null));
        flow.SetDay(new DateOnly(2026, 11, 24));
        await flow.Grains.GetGrain<IOversightSweepGrain>(Township).Sweep();
        var flagged = (await errand.Get(Director))!;

        Assert.Equal(("委托书（2026）88号", ProxyErrandStep.Handled), (opened.AuthorisationReference, opened.NextStep));
        Assert.Equal(new DateOnly(2026, 11, 23), delivered.CallBackDue);
        Assert.Equal((FlagLevel.Red, ProxyErrandStep.Filed), (flagged.CallBackFlag, flagged.NextStep));
        Assert.Equal("CallBackFlaggedRed", (await errand.GetHistory(Director))[^1].Action);
    }
}
