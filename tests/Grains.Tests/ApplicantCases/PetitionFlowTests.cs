using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Petitions;
using Network.Grains.Oversight;
using Network.Grains.Tests.Flows;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using static Network.Grains.Tests.Infrastructure.TestNetwork;

namespace Network.Grains.Tests.ApplicantCases;

/// <summary>Petitions in the cluster on PostgreSQL: the point's sweep flags them; bad input stores nothing.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PetitionFlowTests(PostgresFixture db)
{
    private static readonly DateOnly Monday = new(2026, 11, 16);

    private static RegisterPetitionCommand Lodged() =>
        new(TownClerk(ClerkA), Township, PetitionChannel.Letter, TestNetwork.Citizen, "反映邻村采砂影响灌溉。");

    [Fact]
    public async Task The_point_s_sweep_flags_an_undecided_petition_yellow_then_red_and_the_sealed_petitioner_stays_sealed()
    {
        await using var flow = await FlowCluster.StartAsync(db, Monday);
        await DefineAsync(flow.Grains);
        var number = CaseNumber.New(CaseNumber.Petition, DivisionCode.Parse(Township), Monday);
        var petition = flow.Grains.GetGrain<IPetitionGrain>(number);
        var registered = await petition.Register(Lodged());
        var sweep = flow.Grains.GetGrain<IOversightSweepGrain>(Township);

        flow.SetDay(new DateOnly(2026, 11, 30));
        await sweep.Sweep();
        var yellow = (await petition.Get(Director))!;
        flow.SetDay(new DateOnly(2026, 12, 2));
        await sweep.Sweep();
        var red = (await petition.Get(Director))!;

        Assert.Equal(new DateOnly(2026, 12, 1), registered.DecideBy);
        Assert.Equal((FlagLevel.Yellow, FlagLevel.Red), (yellow.DecisionFlag, red.DecisionFlag));
        Assert.Equal([PetitionAction.Accept, PetitionAction.Decline], red.AllowedActions);
        Assert.StartsWith("王秀英 ", red.Petitioner, StringComparison.Ordinal);
        Assert.Equal("王** 110***********002X", (await petition.Get(TownClerk(ClerkA)))!.Petitioner);
        Assert.Equal(0, await flow.CountAsync("SELECT count(*) FROM case_record WHERE kind = 'petition' AND state::text LIKE '%王秀英%'"));
        Assert.Single(await flow.Grains.GetGrain<IPetitionQueryGrain>(0).List(Director, Township));
    }

    [Fact]
    public async Task A_petition_with_bad_input_is_refused_and_nothing_is_stored()
    {
        await using var flow = await FlowCluster.StartAsync(db, Monday);
        await DefineAsync(flow.Grains);
        var number = CaseNumber.New(CaseNumber.Petition, DivisionCode.Parse(Township), Monday);

        var e = await Assert.ThrowsAsync<DomainException>(() => flow.Grains.GetGrain<IPetitionGrain>(number).Register(Lodged() with { Request = " " }));

        Assert.Equal(("request", DomainErrorKind.Invalid), (e.Field, e.Kind));
        Assert.Equal(0, await flow.CountAsync("SELECT count(*) FROM case_record WHERE case_id = $1", number));
        Assert.Equal(0, await flow.CountAsync("SELECT count(*) FROM case_ledger WHERE case_id = $1", number));
    }
}
