using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Matters;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using Orleans.Runtime;
using static Network.Grains.Tests.Infrastructure.TestNetwork;

namespace Network.Grains.Tests.Flows;

/// <summary>
/// Village → township → city → result back to the village crosses the same grains twice. On a
/// cluster of three silos, so calls cross silo boundaries, many matters make the whole trip at
/// once, with A/B switches at the same windows; a call that waited on itself would hang until
/// Orleans' response timeout and fail the test.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class CallCycleTests(PostgresFixture db)
{
    private static readonly DateOnly Day = new(2026, 11, 19);

    [Fact]
    public async Task Matters_travel_up_to_the_city_and_back_across_silos_without_deadlock()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day, silos: 3);
        Assert.Equal(3, flow.Cluster.GetActiveSilos().Count());
        var window = flow.Grains.GetGrain<IWindowGrain>($"{Village}/{VillageWindow}");

        var trips = Enumerable.Range(0, 24).Select(async i =>
        {
            var matter = flow.Grains.GetGrain<IMatterGrain>(NewReceipt(Day, Village));
            await matter.Accept(VillageIntake(Felling, "居民身份证", "林权证"));
            await matter.HandUp(new HandUpCommand(VillageClerk(VillageClerkA), ProxyAgent, null));
            await matter.HandUp(new HandUpCommand(TownClerk(ClerkA), null, null));
            await matter.Decide(new DecideCommand(CityClerkActor(), i % 4 != 0, "准予", "不予许可", "《森林法》第五十六条"));
            return await matter.Deliver(new DeliverCommand(VillageClerk(VillageClerkB)));
        }).ToList();
        var switches = Task.Run(async () =>
        {
            for (var i = 0; i < 6; i++)
            {
                await window.SetPrimaryAway(VillageClerk(VillageClerkA), i % 2 == 0);
            }
        });

        var results = await Task.WhenAll(trips).WaitAsync(TimeSpan.FromMinutes(2));
        await switches.WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(18, results.Count(r => r.Status == MatterStatus.Completed));
        Assert.Equal(6, results.Count(r => r.Status == MatterStatus.Returned));
        Assert.All(results, r => Assert.Equal(5, r.Hops.Length));

        // The matters really were spread over the silos, so the calls crossed silo boundaries.
        var management = flow.Grains.GetGrain<IManagementGrain>(0);
        var stats = (await management.GetDetailedGrainStatistics())
            .Where(s => s.GrainType.Contains(nameof(MatterGrain), StringComparison.Ordinal))
            .ToList();
        Assert.True(stats.Count >= results.Length, $"only {stats.Count} matter activations found");
        Assert.True(stats.Select(s => s.SiloAddress).Distinct().Count() >= 2, "all matters were on one silo");
    }
}
