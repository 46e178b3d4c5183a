using Network.Grains.Interfaces.Live;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using static Network.Grains.Tests.Infrastructure.TestNetwork;

namespace Network.Grains.Tests.Network;

/// <summary>
/// A point makes the groups and replace keys of its load messages once per activation and reuses them
/// on every roll-up: each point's messages must still go to its own groups under its own keys, roll-up
/// after roll-up (a cache shared between points, or filled from another point, would send one point's
/// load to another's screens or let it replace another's).
/// </summary>
public sealed class RollUpAddressTests
{
    private static readonly DateOnly Day = new(2026, 11, 16);

    [Fact]
    public async Task Every_roll_up_of_a_point_goes_to_its_own_groups_under_its_own_keys()
    {
        await using var cluster = await TestClusters.StartAsync(time: TestClusters.ClockAt(Day));
        await DefineAsync(cluster.Client);
        var gateway = new LoadRecorder();
        await cluster.Client.GetGrain<ILiveStatusHubGrain>(0).Register("gateway-a", cluster.Client.CreateObjectReference<ILiveStatusObserver>(gateway));

        // Two intakes at the village, then one at the township: three roll-ups of the village at least,
        // each with one more open matter, and the township's beside them.
        for (var i = 1; i <= 2; i++)
        {
            var open = i;
            var seen = gateway.WaitFor(Village, false, l => l.Open == open);
            await cluster.Client.GetGrain<IMatterGrain>(NewReceipt(Day, Village)).Accept(VillageIntake(Felling, "居民身份证", "林权证"));
            await seen;
        }

        var township = gateway.WaitFor(Township, false, l => l.Open == 1);
        var townshipSubtree = gateway.WaitFor(Township, true, l => l.Open == 3);
        await cluster.Client.GetGrain<IMatterGrain>(NewReceipt(Day, Township)).Accept(Intake(Allowance, AllowanceMaterials));
        await township;
        await townshipSubtree;
        await cluster.Client.GetGrain<ILiveStatusHubGrain>(0).Unregister("gateway-a");

        var loads = gateway.Messages.Where(m => m.Kind == LiveKinds.Load).ToArray();
        Assert.True(loads.Count(m => ((PointLoad)m.Payload).PointCode == Village && !((PointLoad)m.Payload).Subtree) >= 2);
        foreach (var message in loads)
        {
            var load = (PointLoad)message.Payload;
            var code = load.PointCode;
            Assert.Equal($"load:{code}:{load.Subtree}", message.ReplaceKey);
            Assert.Equal(
                load.Subtree ? [LiveGroups.Subtree(code), LiveGroups.City(code)] : [LiveGroups.Point(code), LiveGroups.Public(code), LiveGroups.City(code)],
                message.Groups);
        }
    }
}
