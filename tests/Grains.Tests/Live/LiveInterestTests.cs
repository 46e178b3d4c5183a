using Microsoft.Extensions.DependencyInjection;
using Network.Grains.Interfaces.Live;
using Network.Grains.Live;
using Network.Testing;
using Orleans.TestingHost;

namespace Network.Grains.Tests.Live;

/// <summary>
/// A gateway that said which groups it has members for (<see cref="LiveInterest"/>) gets only the
/// messages naming one of them, from every silo, from the moment its registration returned; one
/// that has not said gets everything; a set older than the publishers' changes nothing; a silo
/// that starts later learns every gateway's set from the hub. Waits are on the stand-in gateways'
/// batches: a message for the wanted group published after the unwanted ones shows they were not sent.
/// </summary>
public sealed class LiveInterestTests
{
    [Fact]
    public async Task A_gateway_gets_only_messages_naming_a_group_it_has_members_for_and_one_that_has_not_said_gets_all()
    {
        await using var cluster = await TestClusters.StartAsync();
        var watching = new HeldObserver();
        var unsaid = new HeldObserver();
        await RegisterAsync(cluster, "gateway-watching", watching, new LiveInterest(1, ["point:a", "city:510682"]));
        await cluster.Client.GetGrain<ILiveStatusHubGrain>(0).Register("gateway-unsaid", cluster.Client.CreateObjectReference<ILiveStatusObserver>(unsaid));

        Publisher(cluster, 0).Publish(Message(1, "point:b"), Message(2, "point:a"), Message(3, "point:b", "city:510682"), Message(4, "case:x"), Message(5, "point:a"));

        Assert.Equal([2, 3, 5], Sequence(await watching.ReceiveAsync(3)));
        Assert.Equal([1, 2, 3, 4, 5], Sequence(await unsaid.ReceiveAsync(5)));
        Assert.False(watching.HasWaiting);
    }

    [Fact]
    public async Task Every_silo_sends_a_newly_wanted_group_once_the_registration_with_it_returned()
    {
        await using var cluster = await TestClusters.StartAsync(silos: 2);
        var gateway = new HeldObserver();
        var reference = cluster.Client.CreateObjectReference<ILiveStatusObserver>(gateway);
        var hub = cluster.Client.GetGrain<ILiveStatusHubGrain>(0);
        await hub.Register("gateway-a", reference, new LiveInterest(1, ["point:a"]));

        await hub.Register("gateway-a", reference, new LiveInterest(2, ["point:a", "case:x"]));
        Publisher(cluster, 0).Publish(Message(1, "case:x"));
        Publisher(cluster, 1).Publish(Message(2, "case:x"));
        Assert.Equal([1, 2], Sequence(await gateway.ReceiveAsync(2)).Order());

        await hub.Register("gateway-a", reference, new LiveInterest(3, ["point:a"]));
        Publisher(cluster, 0).Publish(Message(3, "case:x"), Message(4, "point:a"));
        Publisher(cluster, 1).Publish(Message(5, "case:x"), Message(6, "point:a"));
        Assert.Equal([4, 6], Sequence(await gateway.ReceiveAsync(2)).Order());
        Assert.False(gateway.HasWaiting);
    }

    [Fact]
    public async Task A_set_older_than_the_one_the_publishers_have_changes_nothing()
    {
        await using var cluster = await TestClusters.StartAsync();
        var gateway = new HeldObserver();
        var reference = cluster.Client.CreateObjectReference<ILiveStatusObserver>(gateway);
        var hub = cluster.Client.GetGrain<ILiveStatusHubGrain>(0);
        await hub.Register("gateway-a", reference, new LiveInterest(7, ["point:new"]));

        await hub.Register("gateway-a", reference, new LiveInterest(6, ["point:old"]));
        Publisher(cluster, 0).Publish(Message(1, "point:old"), Message(2, "point:new"));

        Assert.Equal([2], Sequence(await gateway.ReceiveAsync(1)));
        Assert.False(gateway.HasWaiting);
    }

    [Fact]
    public async Task A_silo_that_starts_later_learns_each_gateways_set_from_the_hub()
    {
        await using var cluster = await TestClusters.StartAsync();
        var gateway = new HeldObserver();
        await RegisterAsync(cluster, "gateway-a", gateway, new LiveInterest(1, ["point:a"]));

        await cluster.StartAdditionalSiloAsync();
        Publisher(cluster, cluster.Silos.Count - 1).Publish(Message(1, "point:b"), Message(2, "point:a"));

        Assert.Equal([2], Sequence(await gateway.ReceiveAsync(1)));
        Assert.False(gateway.HasWaiting);
    }

    private static async Task RegisterAsync(InProcessTestCluster cluster, string id, ILiveStatusObserver observer, LiveInterest interest) =>
        await cluster.Client.GetGrain<ILiveStatusHubGrain>(0).Register(id, cluster.Client.CreateObjectReference<ILiveStatusObserver>(observer), interest);

    private static LiveStatusPublisher Publisher(InProcessTestCluster cluster, int silo) =>
        cluster.Silos[silo].ServiceProvider.GetRequiredService<LiveStatusPublisher>();

    /// <summary>A message numbered <paramref name="n"/> (in its load's acceptedToday), for <paramref name="groups"/>.</summary>
    private static LiveMessage Message(int n, params string[] groups) =>
        new(LiveKinds.Load, groups, PointLoad.Empty("p", false, DateTimeOffset.UnixEpoch) with { AcceptedToday = n });

    private static IEnumerable<int> Sequence(IEnumerable<LiveMessage> messages) =>
        messages.Select(m => ((PointLoad)m.Payload).AcceptedToday).ToArray();
}
