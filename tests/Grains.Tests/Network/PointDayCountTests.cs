using Network.Grains.Interfaces.Live;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using static Network.Grains.Tests.Infrastructure.TestNetwork;

namespace Network.Grains.Tests.Network;

/// <summary>
/// A point that hears of its first matter of the day makes its live tally then, from the store, after
/// that matter's commit: the store's counts of the day already hold the matter, so the change that
/// made the tally must not be counted a second time (taken in today, closed today).
/// </summary>
public sealed class PointDayCountTests
{
    private static readonly DateOnly Day = new(2026, 11, 16);

    [Fact]
    public async Task The_change_that_starts_a_points_tally_counts_once_in_its_day()
    {
        await using var cluster = await TestClusters.StartAsync(time: TestClusters.ClockAt(Day));
        await DefineAsync(cluster.Client);
        var gateway = new LoadRecorder();
        await cluster.Client.GetGrain<ILiveStatusHubGrain>(0).Register("gateway-a", cluster.Client.CreateObjectReference<ILiveStatusObserver>(gateway));

        // An immediate matter, closed as it is taken in, is the township's first change; a promised one the village's.
        var township = gateway.WaitFor(Township, false, l => l.AcceptedToday >= 1);
        var village = gateway.WaitFor(Village, false, l => l.Open >= 1);
        await cluster.Client.GetGrain<IMatterGrain>(NewReceipt(Day, Township)).Accept(Intake(SeniorCard, "居民身份证", "一寸照片"));
        await cluster.Client.GetGrain<IMatterGrain>(NewReceipt(Day, Village)).Accept(VillageIntake(Felling, "居民身份证", "林权证"));

        var townshipLoad = await township;
        var villageLoad = await village;
        await cluster.Client.GetGrain<ILiveStatusHubGrain>(0).Unregister("gateway-a");

        Assert.Equal((1, 1, 0), (townshipLoad.AcceptedToday, townshipLoad.ClosedToday, townshipLoad.Open));
        Assert.Equal((1, 0, 1), (villageLoad.AcceptedToday, villageLoad.ClosedToday, villageLoad.Open));
    }
}
