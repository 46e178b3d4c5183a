using System.Collections.Concurrent;
using Network.Grains.Interfaces.Live;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using static Network.Grains.Tests.Infrastructure.TestNetwork;

namespace Network.Grains.Tests.Live;

/// <summary>
/// Live status: a gateway's observer receives matter changes in batches and each point's load,
/// rolled up tier by tier to the city. Waits are on explicit signals from the observer.
/// </summary>
public sealed class LiveStatusTests
{
    private static readonly DateOnly Day = new(2026, 11, 16);

    [Fact]
    public async Task A_registered_gateway_receives_status_changes_and_the_city_sees_the_subtree_load()
    {
        await using var cluster = await TestClusters.StartAsync(time: TestClusters.ClockAt(Day), silos: 2);
        await DefineAsync(cluster.Client);
        var gateway = new RecordingObserver();
        var reference = cluster.Client.CreateObjectReference<ILiveStatusObserver>(gateway);
        await cluster.Client.GetGrain<ILiveStatusHubGrain>(0).Register("gateway-a", reference);

        var receipt = NewReceipt(Day, Village);
        var matter = cluster.Client.GetGrain<IMatterGrain>(receipt);
        var accepted = gateway.WaitForMatter(receipt, c => c.Status == MatterStatus.InProgress);
        await matter.Accept(VillageIntake(Felling, "居民身份证", "林权证"));
        await accepted;

        var handedUp = gateway.WaitForMatter(receipt, c => c.CurrentPointCode == Township);
        var villageInFlight = gateway.WaitForLoad(Village, false, l => l.HandOffsInFlight == 1 && l.Open == 1);
        var townshipQueue = gateway.WaitForLoad(Township, false, l => l.Held == 1);
        var cityTotals = gateway.WaitForLoad(City, true, l => l.Open >= 1 && l.HandOffsInFlight >= 1 && l.AcceptedToday >= 1);
        await matter.HandUp(new HandUpCommand(VillageClerk(VillageClerkA), ProxyAgent, null));

        var change = await handedUp;
        Assert.Contains(Village, change.Points);
        Assert.Contains(Township, change.Points);
        await villageInFlight;
        await townshipQueue;
        var city = await cityTotals;
        Assert.True(city.Subtree);

        var direct = await cluster.Client.GetGrain<IServicePointGrain>(City).GetLoad(subtree: true);
        Assert.True(direct.HandOffsInFlight >= 1);
        await cluster.Client.GetGrain<ILiveStatusHubGrain>(0).Unregister("gateway-a");
    }

    /// <summary>A stand-in for a gateway's observer: records what arrives and signals waiting tests.</summary>
    private sealed class RecordingObserver : ILiveStatusObserver
    {
        private readonly ConcurrentBag<(Func<MatterChanged, bool> Match, TaskCompletionSource<MatterChanged> Done)> _matterWaits = [];
        private readonly ConcurrentBag<(Func<PointLoad, bool> Match, TaskCompletionSource<PointLoad> Done)> _loadWaits = [];

        public Task<MatterChanged> WaitForMatter(string receipt, Func<MatterChanged, bool> match)
        {
            var done = new TaskCompletionSource<MatterChanged>(TaskCreationOptions.RunContinuationsAsynchronously);
            _matterWaits.Add((c => c.ReceiptNumber == receipt && match(c), done));
            return done.Task.WaitAsync(TimeSpan.FromSeconds(90));
        }

        public Task<PointLoad> WaitForLoad(string point, bool subtree, Func<PointLoad, bool> match)
        {
            var done = new TaskCompletionSource<PointLoad>(TaskCreationOptions.RunContinuationsAsynchronously);
            _loadWaits.Add((l => l.PointCode == point && l.Subtree == subtree && match(l), done));
            return done.Task.WaitAsync(TimeSpan.FromSeconds(90));
        }

        public Task OnMessages(IReadOnlyList<LiveMessage> messages)
        {
            OnMatterChanges(messages.Select(m => m.Payload).OfType<MatterChanged>());
            OnLoads(messages.Select(m => m.Payload).OfType<PointLoad>());
            return Task.CompletedTask;
        }

        private void OnMatterChanges(IEnumerable<MatterChanged> changes)
        {
            foreach (var change in changes)
            {
                foreach (var wait in _matterWaits.Where(w => w.Match(change)))
                {
                    wait.Done.TrySetResult(change);
                }
            }
        }

        private void OnLoads(IEnumerable<PointLoad> loads)
        {
            foreach (var load in loads)
            {
                foreach (var wait in _loadWaits.Where(w => w.Match(load)))
                {
                    wait.Done.TrySetResult(load);
                }
            }
        }
    }
}
