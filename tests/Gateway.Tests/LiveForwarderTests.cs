using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Network.Gateway.Live;
using Network.Gateway.Tests.Infrastructure;
using Network.Grains.Interfaces.Live;

namespace Network.Gateway.Tests;

/// <summary>
/// The gateway's observer passes a batch of live envelopes to the SignalR groups they name: one
/// "live" message per group with that group's items in the batch's order, each message once per
/// group, and each item serialised once however many groups and clients receive it; a public group
/// only what is marked public. Real SignalR connections to the gateway (the township's director,
/// whose jurisdiction reaches both points, so the points' clerks' feeds; or anonymous, so their
/// public feeds); the batch is handed to the gateway's observer as a silo would.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class LiveForwarderTests(GatewayFixture fx)
{
    [Fact]
    public async Task A_batch_reaches_each_group_once_with_its_messages_in_order()
    {
        var kind = "test-" + Guid.NewGuid().ToString("N")[..8];
        var director = await fx.TokenOf(Demo.TownDirector);
        await using var township = await LiveWatcher.WatchPointAsync(fx.Gateway.Server, Demo.Township, kind, director);
        await using var village = await LiveWatcher.WatchPointAsync(fx.Gateway.Server, Demo.Village, kind, director);
        var forwarder = fx.Gateway.Services.GetRequiredService<LiveStatusForwarder>();

        await forwarder.OnMessages(
        [
            new LiveMessage(kind, [LiveGroups.Point(Demo.Township), LiveGroups.Point(Demo.Township), LiveGroups.City(Demo.Township)], new Numbered(1)),
            new LiveMessage(kind, [LiveGroups.Point(Demo.Village)], new Numbered(2)),
            new LiveMessage(kind, [LiveGroups.Point(Demo.Village), LiveGroups.Point(Demo.Township)], new Numbered(3)),
        ]);

        var toTownship = Numbers(await township.NextAsync());
        var toVillage = Numbers(await village.NextAsync());
        Assert.Equal([1, 3], toTownship);
        Assert.Equal([2, 3], toVillage);
    }

    [Fact]
    public async Task Each_item_is_serialised_once_however_many_groups_and_clients_receive_it()
    {
        var kind = "test-" + Guid.NewGuid().ToString("N")[..8];
        var director = await fx.TokenOf(Demo.TownDirector);
        var watchers = new List<LiveWatcher>();
        foreach (var point in new[] { Demo.Township, Demo.Township, Demo.Township, Demo.Village, Demo.Village })
        {
            watchers.Add(await LiveWatcher.WatchPointAsync(fx.Gateway.Server, point, kind, director));
        }

        var writes = new WriteCounter();
        var forwarder = fx.Gateway.Services.GetRequiredService<LiveStatusForwarder>();
        await forwarder.OnMessages([new LiveMessage(kind, [LiveGroups.Point(Demo.Township), LiveGroups.Point(Demo.Village)], new Counted(writes, 7))]);

        foreach (var watcher in watchers)
        {
            var payload = Assert.Single(await watcher.NextAsync());
            Assert.Equal(7, payload.GetProperty("n").GetInt32());
            await watcher.DisposeAsync();
        }

        Assert.Equal(1, writes.Count);
    }

    [Fact]
    public async Task A_public_group_gets_only_payloads_marked_public_and_each_public_item_is_serialised_once()
    {
        var kind = "test-" + Guid.NewGuid().ToString("N")[..8];
        await using var clerks = await LiveWatcher.WatchPointAsync(fx.Gateway.Server, Demo.Township, kind, await fx.TokenOf(Demo.TownDirector));
        await using var hall = await LiveWatcher.WatchPointAsync(fx.Gateway.Server, Demo.Township, kind);
        await using var otherHall = await LiveWatcher.WatchPointAsync(fx.Gateway.Server, Demo.Township, kind);
        var writes = new WriteCounter();
        var forwarder = fx.Gateway.Services.GetRequiredService<LiveStatusForwarder>();

        await forwarder.OnMessages(
        [
            new LiveMessage(kind, [LiveGroups.Point(Demo.Township), LiveGroups.Public(Demo.Township)], new Numbered(1)),
            new LiveMessage(kind, [LiveGroups.Point(Demo.Township), LiveGroups.Public(Demo.Township)], new PublicCounted(writes, 2)),
        ]);

        var toClerks = Numbers(await clerks.NextAsync());
        var toHall = Numbers(await hall.NextAsync());
        var toOtherHall = Numbers(await otherHall.NextAsync());
        Assert.Equal([1, 2], toClerks);
        Assert.Equal([2], toHall);
        Assert.Equal([2], toOtherHall);
        Assert.Equal(1, writes.Count);
    }

    [Fact]
    public async Task Batches_answered_before_they_are_sent_still_reach_each_group_in_the_order_they_came()
    {
        var kind = "test-" + Guid.NewGuid().ToString("N")[..8];
        var director = await fx.TokenOf(Demo.TownDirector);
        await using var township = await LiveWatcher.WatchPointAsync(fx.Gateway.Server, Demo.Township, kind, director);
        await using var village = await LiveWatcher.WatchPointAsync(fx.Gateway.Server, Demo.Village, kind, director);
        var forwarder = fx.Gateway.Services.GetRequiredService<LiveStatusForwarder>();

        // As a silo's feed does now: the next batch as soon as the last one is answered.
        for (var n = 1; n <= 200; n++)
        {
            var group = n % 3 == 0 ? LiveGroups.Point(Demo.Village) : LiveGroups.Point(Demo.Township);
            await forwarder.OnMessages([new LiveMessage(kind, [group, LiveGroups.Point(Demo.Township)], new Numbered(n))]);
        }

        var toTownship = new List<int>();
        while (toTownship.Count < 200)
        {
            toTownship.AddRange(Numbers(await township.NextAsync()));
        }

        var toVillage = new List<int>();
        while (toVillage.Count < 66)
        {
            toVillage.AddRange(Numbers(await village.NextAsync()));
        }

        Assert.Equal(Enumerable.Range(1, 200), toTownship);
        Assert.Equal(Enumerable.Range(1, 200).Where(n => n % 3 == 0), toVillage);
    }

    private static int[] Numbers(JsonElement[] payloads) => payloads.Select(p => p.GetProperty("n").GetInt32()).ToArray();

    private sealed record Numbered(int N);

    private sealed class WriteCounter
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Add() => Interlocked.Increment(ref _count);
    }

    /// <summary>A payload that counts how often it is serialised.</summary>
    [JsonConverter(typeof(CountingConverter))]
    private sealed record Counted(WriteCounter Writes, int N);

    private sealed class CountingConverter : JsonConverter<Counted>
    {
        public override Counted Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, Counted value, JsonSerializerOptions options)
        {
            value.Writes.Add();
            writer.WriteStartObject();
            writer.WriteNumber("n", value.N);
            writer.WriteEndObject();
        }
    }

    /// <summary>A public payload that counts how often it is serialised.</summary>
    [JsonConverter(typeof(PublicCountingConverter))]
    private sealed record PublicCounted(WriteCounter Writes, int N) : IPublicLivePayload;

    private sealed class PublicCountingConverter : JsonConverter<PublicCounted>
    {
        public override PublicCounted Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, PublicCounted value, JsonSerializerOptions options)
        {
            value.Writes.Add();
            writer.WriteStartObject();
            writer.WriteNumber("n", value.N);
            writer.WriteEndObject();
        }
    }
}
