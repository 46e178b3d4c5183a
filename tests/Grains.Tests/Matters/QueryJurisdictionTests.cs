using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Queries;
using Network.Grains.Tests.Network;
using static Network.Grains.Tests.Infrastructure.TestNetwork;

namespace Network.Grains.Tests.Matters;

/// <summary>
/// The query grain enforces the read policy itself, whoever calls it: a point's matters and its
/// register are listed only for actors whose jurisdiction reaches the point.
/// </summary>
public sealed class QueryJurisdictionTests(MemoryClusterFixture fixture) : IClassFixture<MemoryClusterFixture>
{
    [Fact]
    public async Task A_point_is_listed_for_its_own_clerk_its_director_and_its_citys_monitor()
    {
        var queries = fixture.Grains.GetGrain<IMatterQueryGrain>(0);
        await DefineAsync(fixture.Grains);

        Assert.NotNull(await queries.ListMatters(TownClerk(ClerkA), new MatterQuery(Township)));
        Assert.NotNull(await queries.ListMatters(Director, new MatterQuery(Village)));
        Assert.NotNull(await queries.ListLedger(MonitorActor, new LedgerQuery(Township)));
    }

    [Fact]
    public async Task Matters_and_the_register_of_a_point_outside_the_actors_jurisdiction_are_refused_by_the_query_grain()
    {
        var queries = fixture.Grains.GetGrain<IMatterQueryGrain>(0);

        var matters = await Assert.ThrowsAsync<DomainException>(() => queries.ListMatters(VillageClerk(VillageClerkA), new MatterQuery(Township)));
        var register = await Assert.ThrowsAsync<DomainException>(() => queries.ListLedger(TownClerk(ClerkA), new LedgerQuery(City)));

        Assert.Equal((DomainErrorKind.Forbidden, "auth.jurisdiction", "pointCode"), (matters.Kind, matters.Code, matters.Field));
        Assert.Equal((DomainErrorKind.Forbidden, "auth.jurisdiction", "pointCode"), (register.Kind, register.Code, register.Field));
    }
}
