using Network.Gateway.Tests.Infrastructure;
using Network.Grains.Interfaces.Matters;

namespace Network.Gateway.Tests;

/// <summary>Proxy hand-offs between tiers (代办), decisions and first-inquiry hand-over (首问负责).</summary>
[Collection(GatewayCollection.Name)]
public sealed class HandOffTests(GatewayFixture fx)
{
    [Fact]
    public async Task A_village_matter_goes_up_is_decided_by_the_township_and_is_delivered_at_the_village()
    {
        using var village = await fx.As(Demo.VillageClerk);
        var matter = await village.TakeInAsync(Demo.Village, Demo.VillageLand, Demo.HomesteadProxy, Demo.HomesteadMaterials, 20);
        var url = $"/api/matters/{matter.ReceiptNumber}";

        var up = await (await village.PostAsync($"{url}/hand-up", new { proxyAgentId = Demo.VillageProxy, note = "代办上报" })).ReadAsync<MatterView>();
        Assert.Equal(MatterStatus.HandedUp, up.Status);
        Assert.Equal(Demo.Township, up.CurrentPointCode);
        Assert.Equal(Demo.VillageProxy, up.ProxyAgentId);

        // The village clerk no longer holds it: deciding is for the township's clerks.
        var notHere = await village.PostAsync($"{url}/decide", new { approve = true, resultNote = "同意" });
        await notHere.AssertProblemAsync(403, "pointCode", "auth.jurisdiction");

        using var township = await fx.As(Demo.TownLandClerk);
        var held = await (await township.GetAsync($"/api/points/{Demo.Township}/matters?heldHere=true")).ReadAsync<Grains.Interfaces.Queries.MatterSummary[]>();
        Assert.Contains(held, m => m.ReceiptNumber == matter.ReceiptNumber);
        var decided = await (await township.PostAsync($"{url}/decide", new { approve = true, resultNote = "初审同意" })).ReadAsync<MatterView>();
        Assert.Equal(MatterStatus.ResultReady, decided.Status);
        Assert.Equal(Demo.Village, decided.CurrentPointCode);

        var delivered = await (await village.PostAsync($"{url}/deliver", null)).ReadAsync<MatterView>();
        Assert.Equal(MatterStatus.Completed, delivered.Status);
    }

    [Fact]
    public async Task The_township_hands_an_incomplete_matter_back_down_with_a_reason()
    {
        using var village = await fx.As(Demo.VillageClerk);
        var matter = await village.TakeInAsync(Demo.Village, Demo.VillageLand, Demo.HomesteadProxy, Demo.HomesteadMaterials, 21);
        var url = $"/api/matters/{matter.ReceiptNumber}";
        await (await village.PostAsync($"{url}/hand-up", new { proxyAgentId = Demo.VillageProxy })).ReadAsync<MatterView>();

        using var township = await fx.As(Demo.TownClerkA);
        var back = await (await township.PostAsync($"{url}/hand-back", new { reason = "四邻签字不全" })).ReadAsync<MatterView>();
        Assert.Equal(MatterStatus.InProgress, back.Status);
        Assert.Equal(Demo.Village, back.CurrentPointCode);

        var missingReason = await village.PostAsync($"{url}/hand-up", new { proxyAgentId = "p-nobody" });
        await missingReason.AssertProblemAsync(400, "proxyAgentId", "proxyAgent.unknown");
    }

    [Fact]
    public async Task The_owner_hands_first_inquiry_responsibility_over_to_a_named_clerk()
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        var matter = await clerk.TakeInAsync(Demo.Township, Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials, 22);
        var url = $"/api/matters/{matter.ReceiptNumber}";

        var unknownClerk = await clerk.PostAsync($"{url}/hand-over", new { toClerkId = "c-nobody" });
        await unknownClerk.AssertProblemAsync(404, "toClerkId", "clerk.unknown");

        var handed = await (await clerk.PostAsync($"{url}/hand-over", new { toClerkId = Demo.TownLandClerk, note = "涉及土地问题" })).ReadAsync<MatterView>();
        Assert.Equal(Demo.TownLandClerk, handed.OwnerClerkId);

        // The former owner no longer owns it: the grain refuses.
        var notOwner = await clerk.PostAsync($"{url}/hand-over", new { toClerkId = Demo.TownClerkB });
        await notOwner.AssertProblemAsync(403, "actor", "owner.notOwner");
    }
}
