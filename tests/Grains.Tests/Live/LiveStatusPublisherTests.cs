using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Network.Grains.Interfaces.Live;
using Network.Grains.Live;
using Network.Testing;
using Orleans.TestingHost;

namespace Network.Grains.Tests.Live;

/// <summary>
/// The silo's publisher feeds each gateway on its own: an idle gateway gets a message at once,
/// a busy one (as many batches unanswered as <see cref="LiveStatusOptions.MaxBatchesInFlight"/>)
/// gets everything that queued meanwhile in its next batch, in order and once; one that
/// does not answer holds up no other; the gateway list comes from the hub before Register returns.
/// Waits are on the stand-in gateways' batches, never on time.
/// </summary>
public sealed class LiveStatusPublisherTests
{
    [Fact]
    public async Task What_queues_while_a_gateway_is_busy_goes_in_its_next_batch_in_order_and_once()
    {
        await using var cluster = await TestClusters.StartAsync();
        var gateway = new HeldObserver { Holds = true };
        await RegisterAsync(cluster, "gateway-a", gateway);
        var publisher = Publisher(cluster, 0, batchesInFlight: 1);

        publisher.Publish(Message(0));
        var first = await gateway.NextAsync();
        for (var i = 1; i <= 100; i++)
        {
            publisher.Publish(Message(i));
        }

        first.Answer.SetResult();
        var second = await gateway.NextAsync();

        Assert.Equal([0], Sequence(first.Messages));
        Assert.Equal(Enumerable.Range(1, 100), Sequence(second.Messages));
    }

    [Fact]
    public async Task A_gateway_that_does_not_answer_holds_up_no_other_gateway()
    {
        await using var cluster = await TestClusters.StartAsync();
        var stuck = new HeldObserver { Holds = true };
        var live = new HeldObserver();
        await RegisterAsync(cluster, "gateway-stuck", stuck);
        await RegisterAsync(cluster, "gateway-live", live);
        var publisher = Publisher(cluster, 0);

        publisher.Publish(Message(0));
        var held = await stuck.NextAsync();
        for (var i = 1; i <= 50; i++)
        {
            publisher.Publish(Message(i));
        }

        Assert.Equal(Enumerable.Range(0, 51), Sequence(await live.ReceiveAsync(51)));
        held.Answer.SetResult();
        Assert.Equal(Enumerable.Range(1, 50), Sequence(await AnswerEachAsync(stuck, 50)));
    }

    [Fact]
    public async Task A_gateway_has_at_most_two_batches_on_their_way_and_gets_every_message_in_order_once()
    {
        await using var cluster = await TestClusters.StartAsync();
        var gateway = new HeldObserver { Holds = true };
        await RegisterAsync(cluster, "gateway-a", gateway);
        var publisher = Publisher(cluster, 0);

        // Until a call to the gateway has been answered, its batches travel one at a time.
        publisher.Publish(Message(0));
        var first = await gateway.NextAsync();
        publisher.Publish(Message(1));
        Assert.Equal(1, publisher.BatchesInFlight);
        first.Answer.SetResult();
        var second = await gateway.NextAsync();

        // Answered once: a second batch leaves while the first is unanswered, a third does not.
        publisher.Publish(Message(2));
        Assert.Equal(2, publisher.BatchesInFlight);
        for (var i = 3; i <= 100; i++)
        {
            publisher.Publish(Message(i));
        }

        Assert.Equal(2, publisher.BatchesInFlight);
        second.Answer.SetResult();
        var rest = await AnswerEachAsync(gateway, 99);

        Assert.Equal([0], Sequence(first.Messages));
        Assert.Equal([1], Sequence(second.Messages));
        Assert.Equal(Enumerable.Range(2, 99), Sequence(rest));
    }

    [Fact]
    public async Task A_load_waiting_for_a_busy_gateway_is_replaced_in_place_by_the_latest()
    {
        await using var cluster = await TestClusters.StartAsync();
        var gateway = new HeldObserver { Holds = true };
        await RegisterAsync(cluster, "gateway-a", gateway);
        var publisher = Publisher(cluster, 0, batchesInFlight: 1);

        publisher.Publish(Message(0));
        var first = await gateway.NextAsync();
        publisher.Publish(Message(1) with { ReplaceKey = "load:p" });
        publisher.Publish(Message(2));
        publisher.Publish(Message(3) with { ReplaceKey = "load:p" });
        first.Answer.SetResult();

        Assert.Equal([3, 2], Sequence((await gateway.NextAsync()).Messages));
    }

    [Fact]
    public async Task Every_silo_knows_a_gateway_once_its_registration_returned_and_forgets_one_that_left()
    {
        await using var cluster = await TestClusters.StartAsync(silos: 2);
        var leaving = new HeldObserver();
        var staying = new HeldObserver();
        await RegisterAsync(cluster, "gateway-leaving", leaving);
        await RegisterAsync(cluster, "gateway-staying", staying);

        Publisher(cluster, 0).Publish(Message(0));
        Publisher(cluster, 1).Publish(Message(1));
        Assert.Equal([0, 1], Sequence(await leaving.ReceiveAsync(2)).Order());
        Assert.Equal([0, 1], Sequence(await staying.ReceiveAsync(2)).Order());

        await cluster.Client.GetGrain<ILiveStatusHubGrain>(0).Unregister("gateway-leaving");
        Publisher(cluster, 1).Publish(Message(2));
        Assert.Equal([2], Sequence(await staying.ReceiveAsync(1)));
        Assert.False(leaving.HasWaiting, "a gateway that left gets nothing more");
    }

    private static async Task RegisterAsync(InProcessTestCluster cluster, string id, ILiveStatusObserver observer) =>
        await cluster.Client.GetGrain<ILiveStatusHubGrain>(0).Register(id, cluster.Client.CreateObjectReference<ILiveStatusObserver>(observer));

    /// <param name="batchesInFlight">When given, the silo's <see cref="LiveStatusOptions.MaxBatchesInFlight"/> from now on.</param>
    private static LiveStatusPublisher Publisher(InProcessTestCluster cluster, int silo, int? batchesInFlight = null)
    {
        var services = cluster.Silos[silo].ServiceProvider;
        if (batchesInFlight is { } n)
        {
            services.GetRequiredService<IOptions<LiveStatusOptions>>().Value.MaxBatchesInFlight = n;
        }

        return services.GetRequiredService<LiveStatusPublisher>();
    }

    /// <summary>Batches until <paramref name="count"/> messages have arrived, answering each as it comes.</summary>
    private static async Task<List<LiveMessage>> AnswerEachAsync(HeldObserver gateway, int count)
    {
        var received = new List<LiveMessage>();
        while (received.Count < count)
        {
            var batch = await gateway.NextAsync();
            received.AddRange(batch.Messages);
            batch.Answer.SetResult();
        }

        return received;
    }

    /// <summary>A message numbered <paramref name="n"/> (in its load's acceptedToday), for point p's screens.</summary>
    private static LiveMessage Message(int n) =>
        new(LiveKinds.Load, [LiveGroups.Point("p")], PointLoad.Empty("p", false, DateTimeOffset.UnixEpoch) with { AcceptedToday = n });

    private static IEnumerable<int> Sequence(IEnumerable<LiveMessage> messages) =>
        messages.Select(m => ((PointLoad)m.Payload).AcceptedToday).ToArray();
}
