using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Queries;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using static Network.Grains.Tests.Infrastructure.TestNetwork;

namespace Network.Grains.Tests.Flows;

/// <summary>AB岗: when A is away B takes the window's matters, and nothing is left with the absent clerk.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ABPostTests(PostgresFixture db)
{
    private static readonly DateOnly Day = new(2026, 11, 17);

    [Fact]
    public async Task When_A_is_away_open_and_new_matters_go_to_B_and_when_A_returns_new_ones_go_to_A()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);
        var window = flow.Grains.GetGrain<IWindowGrain>($"{Township}/{CivilAffairs}");
        await window.SetPrimaryAway(TownClerk(ClerkA), false);
        var open = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var receipt = NewReceipt(Day);
            Assert.Equal(ClerkA, (await flow.Grains.GetGrain<IMatterGrain>(receipt).Accept(Intake(Allowance, AllowanceMaterials))).HandlerClerkId);
            open.Add(receipt);
        }

        var waiting = NewReceipt(Day);
        await flow.Grains.GetGrain<IMatterGrain>(waiting).Accept(Intake(Allowance, "户口簿"));
        open.Add(waiting);
        var closed = NewReceipt(Day);
        await flow.Grains.GetGrain<IMatterGrain>(closed).Accept(Intake(SeniorCard, "居民身份证", "一寸照片"));

        var away = await window.SetPrimaryAway(TownClerk(ClerkA), true);

        Assert.Equal(ClerkB, away.Duty.OnDuty.Id);
        Assert.Equal(open.Order(), away.MovedMatters.Order());
        foreach (var receipt in open)
        {
            Assert.Equal(ClerkB, (await flow.Grains.GetGrain<IMatterGrain>(receipt).Get(MonitorActor))!.HandlerClerkId);
        }

        Assert.Equal(ClerkA, (await flow.Grains.GetGrain<IMatterGrain>(closed).Get(MonitorActor))!.HandlerClerkId);
        var stranded = await flow.Grains.GetGrain<IMatterQueryGrain>(0).ListMatters(Director, new MatterQuery(Township, CivilAffairs, OpenOnly: true, Limit: 1000));
        Assert.DoesNotContain(stranded, m => m.HandlerClerkId == ClerkA);

        var duringAbsence = await flow.Grains.GetGrain<IMatterGrain>(NewReceipt(Day)).Accept(Intake(Allowance, AllowanceMaterials));
        Assert.Equal(ClerkB, duringAbsence.HandlerClerkId);

        var back = await window.SetPrimaryAway(TownClerk(ClerkB), false);
        var afterReturn = await flow.Grains.GetGrain<IMatterGrain>(NewReceipt(Day)).Accept(Intake(Allowance, AllowanceMaterials));

        Assert.Equal(ClerkA, back.Duty.OnDuty.Id);
        Assert.Empty(back.MovedMatters);
        Assert.Equal(ClerkA, afterReturn.HandlerClerkId);
        Assert.Equal(ClerkB, (await flow.Grains.GetGrain<IMatterGrain>(duringAbsence.ReceiptNumber).Get(MonitorActor))!.HandlerClerkId);
        Assert.Equal("HandlerChanged", (await flow.Grains.GetGrain<IMatterGrain>(open[0]).GetHistory(MonitorActor))[^1].Action);
    }

    [Fact]
    public async Task The_point_s_director_may_switch_a_window_s_post()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);
        var window = flow.Grains.GetGrain<IWindowGrain>($"{Township}/{CivilAffairs}");

        var away = await window.SetPrimaryAway(Director, true);

        Assert.Equal(ClerkB, away.Duty.OnDuty.Id);
    }

    [Fact]
    public async Task Only_the_windows_own_clerks_switch_its_post()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);

        var e = await Assert.ThrowsAsync<DomainException>(() => flow.Grains.GetGrain<IWindowGrain>($"{Township}/{CivilAffairs}").SetPrimaryAway(TownClerk(OtherClerk), true));

        Assert.Equal(DomainErrorKind.Forbidden, e.Kind);
        Assert.False((await flow.Grains.GetGrain<IWindowGrain>($"{Township}/{CivilAffairs}").GetDuty()).PrimaryAway);
    }

    [Fact]
    public async Task The_duty_for_the_definition_a_caller_holds_is_the_duty_the_window_answers_and_only_for_its_own_window()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);
        var window = flow.Grains.GetGrain<IWindowGrain>($"{Township}/{CivilAffairs}");
        var profile = (await flow.Grains.GetGrain<IServicePointGrain>(Township).GetProfile())!;
        var definition = profile.FindWindow(CivilAffairs)!;

        Assert.Equal(await window.GetDuty(), await window.GetDutyFor(definition));
        await window.SetPrimaryAway(TownClerk(ClerkA), true);
        Assert.Equal(await window.GetDuty(), await window.GetDutyFor(definition));
        Assert.Equal(ClerkB, (await window.GetDutyFor(definition)).OnDuty.Id);

        var other = profile.Windows.First(w => w.Id != CivilAffairs);
        var e = await Assert.ThrowsAsync<DomainException>(() => window.GetDutyFor(other));
        Assert.Equal((DomainErrorKind.Invalid, "window.other"), (e.Kind, e.Code));
    }
}
