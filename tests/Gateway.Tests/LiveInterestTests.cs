using Microsoft.Extensions.DependencyInjection;
using Network.Gateway.Live;
using Network.Gateway.Tests.Infrastructure;
using Network.Grains.Interfaces.Live;
using Network.Grains.Interfaces.Matters;

namespace Network.Gateway.Tests;

/// <summary>
/// The gateway tells the silos' publishers which live groups it has members for, and they send it
/// only those groups' messages; so a join returns only once every publisher knows the group. Real
/// silo, real gateway, real SignalR clients: a screen joins a matter's group nobody watched before
/// (its own new matter), the matter changes, and the change arrives.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class LiveInterestTests(GatewayFixture fx)
{
    [Fact]
    public async Task A_screen_gets_a_change_made_after_its_join_returned_to_a_group_the_gateway_had_no_member_for()
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        var matter = await clerk.TakeInAsync(Demo.Township, Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials[..3], 4715);
        var group = LiveGroups.Case(matter.ReceiptNumber);
        var members = fx.Gateway.Services.GetRequiredService<LiveGroupMembers>();
        Assert.False(members.Has(group));

        await using var page = await LiveWatcher.WatchAsync(fx.Gateway.Server, "WatchMatter", matter.ReceiptNumber, LiveKinds.Matter, await fx.TokenOf(Demo.TownClerkA));
        Assert.Contains(group, members.Known);

        var supplied = await (await clerk.PostAsync($"/api/matters/{matter.ReceiptNumber}/supplement", new { materials = Demo.TemporaryReliefMaterials[3..] })).ReadAsync<MatterView>();
        Assert.Equal(MatterStatus.InProgress, supplied.Status);
        var changed = await page.FirstAsync(p => p.GetProperty("receiptNumber").GetString() == matter.ReceiptNumber);
        Assert.Equal("InProgress", changed.GetProperty("status").GetString());
    }
}
