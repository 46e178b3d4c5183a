using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Network.Gateway.Contracts;
using Network.Gateway.Endpoints;
using Network.Gateway.Tests.Infrastructure;
using Network.Grains.Interfaces.Live;
using Network.Grains.Interfaces.Network;

namespace Network.Gateway.Tests;

/// <summary>
/// Nothing leaks to the anonymous: a point's live feed without sign-in (a hall display) and the
/// anonymous HTTP answers carry no receipt number and no clerk id, while a signed-in clerk of the
/// point gets both. Real silo process, real gateway, real SignalR connections.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class AnonymousFeedTests(GatewayFixture fx)
{
    [Fact]
    public async Task An_anonymous_watcher_of_a_point_gets_its_hall_without_receipt_numbers_or_clerk_ids_while_a_clerk_of_the_point_gets_the_matter()
    {
        // The point keeps its hall picture once something asked for it, as a hall display does on load.
        var grains = fx.Gateway.Services.GetRequiredService<IClusterClient>();
        var before = await grains.GetGrain<IServicePointGrain>(Demo.Township).GetHall();
        var serving = Assert.Single(before!.Windows, w => w.Id == Demo.CivilAffairs).Serving;

        // An item the civil-affairs window is not serving yet, so the hall picture changes.
        var (itemId, itemName, materials) = serving == "民政临时救济办理"
            ? ("rural-minimum-living-allowance", "农村居民最低生活保障办理", new[] { "居民身份证" })
            : (Demo.TemporaryRelief, "民政临时救济办理", Demo.TemporaryReliefMaterials[..1]);

        await using var anonymous = await LiveWatcher.WatchPointAsync(fx.Gateway.Server, Demo.Township, LiveKinds.Hall);
        await using var clerkOfAnotherPoint = await LiveWatcher.WatchPointAsync(fx.Gateway.Server, Demo.Township, LiveKinds.Hall, await fx.TokenOf(Demo.OtherTownClerk));
        await using var clerkOfThePoint = await LiveWatcher.WatchPointAsync(fx.Gateway.Server, Demo.Township, LiveKinds.Matter, await fx.TokenOf(Demo.TownClerkB));

        using var clerk = await fx.As(Demo.TownClerkA);
        var matter = await clerk.TakeInAsync(Demo.Township, Demo.CivilAffairs, itemId, materials, 72);

        // The clerk's screen gets the matter's change with its receipt number and handling clerk.
        var change = await clerkOfThePoint.FirstAsync(c => c.GetProperty("receiptNumber").GetString() == matter.ReceiptNumber);
        Assert.Equal(matter.HandlerClerkId, change.GetProperty("handlerClerkId").GetString());

        // The hall displays get the window serving the new item, and nothing else of the matter.
        foreach (var watcher in new[] { anonymous, clerkOfAnotherPoint })
        {
            var hall = await watcher.FirstAsync(h => Window(h).GetProperty("serving").GetString() == itemName);
            Assert.Equal(JsonValueKind.String, Window(hall).GetProperty("onDuty").ValueKind);
            var received = watcher.Everything;
            Assert.DoesNotContain(received, item => Kind(item) == LiveKinds.Matter);
            Assert.All(received, item => AssertNothingOfTheMatter(item, matter.ReceiptNumber));
        }

        static JsonElement Window(JsonElement hall) => hall.GetProperty("windows").EnumerateArray().Single(w => w.GetProperty("id").GetString() == Demo.CivilAffairs);
    }

    [Fact]
    public async Task The_anonymous_hall_network_and_catalog_answers_carry_no_receipt_number_or_clerk_id()
    {
        const string point = Demo.OtherTownship;
        using var clerk = await fx.As(Demo.OtherTownClerk);
        var matter = await clerk.TakeInAsync(point, "civil-affairs-labour", Demo.TemporaryRelief, Demo.TemporaryReliefMaterials[..2], 73);
        using var citizen = fx.Anonymous("203.0.113.173");

        var catalog = await (await citizen.GetAsync($"/public/points/{point}/catalog")).ReadAsync<PublicServiceItem[]>();
        Assert.Contains(catalog, i => i.Id == Demo.TemporaryRelief);
        var hall = await (await citizen.GetAsync($"/public/points/{point}/hall")).ReadAsync<HallView>();
        Assert.Contains(hall.Windows, w => w.Id == "civil-affairs-labour");
        Assert.Contains(hall.Windows, w => w.Serving is not null);
        Assert.All(hall.Windows, w => Assert.True(w.Serving is null || catalog.Any(i => i.Name == w.Serving), $"{w.Id} serves '{w.Serving}', not an item's name"));
        var network = await (await citizen.GetAsync("/public/network")).ReadAsync<NetworkPointView[]>();
        Assert.Contains(network, p => p.Code == point);

        foreach (var url in new[] { $"/public/points/{point}/hall", $"/public/points/{point}/catalog", "/public/network" })
        {
            AssertNothingOfTheMatter(await (await citizen.GetAsync(url)).Content.ReadAsStringAsync(), matter.ReceiptNumber);
        }
    }

    private static string? Kind(string item) => JsonDocument.Parse(item).RootElement.GetProperty("kind").GetString();

    /// <summary>Neither the receipt number nor its random tail, and no clerk id (they all start "c-", "d-", "p-" or "m-" and the point code).</summary>
    private static void AssertNothingOfTheMatter(string json, string receiptNumber)
    {
        Assert.DoesNotContain(receiptNumber, json, StringComparison.Ordinal);
        Assert.DoesNotContain(receiptNumber[^8..], json, StringComparison.Ordinal);
        foreach (var prefix in new[] { "c-", "d-", "p-", "m-" })
        {
            Assert.DoesNotContain($"\"{prefix}{Demo.City}", json, StringComparison.Ordinal);
        }
    }
}
