using Network.Gateway.Tests.Infrastructure;
using Network.Grains.Interfaces.Matters;

namespace Network.Gateway.Tests;

/// <summary>Joint matters (联办件): each window completes or returns its own part.</summary>
[Collection(GatewayCollection.Name)]
public sealed class JointTests(GatewayFixture fx)
{
    [Fact]
    public async Task A_joint_matter_completes_when_every_window_has_completed_its_part()
    {
        using var construction = await fx.As(Demo.TownConstructionClerk);
        var matter = await construction.TakeInAsync(Demo.Township, Demo.VillageConstruction, Demo.NewHouse, Demo.NewHouseMaterials, 30);
        Assert.Equal(2, matter.Parts.Length);
        var parts = $"/api/matters/{matter.ReceiptNumber}/parts/{Demo.Township}";

        var first = await (await construction.PostAsync($"{parts}/{Demo.VillageConstruction}/complete", new { note = "规划核实通过" })).ReadAsync<MatterView>();
        Assert.Equal(MatterStatus.InProgress, first.Status);

        // The construction clerk may not complete the land window's part.
        var notTheirs = await construction.PostAsync($"{parts}/{Demo.Land}/complete", new { note = "x" });
        await notTheirs.AssertProblemAsync(403, "windowId", "auth.jurisdiction");

        using var land = await fx.As(Demo.TownLandClerk);
        var done = await (await land.PostAsync($"{parts}/{Demo.Land}/complete", new { note = "用地核实通过" })).ReadAsync<MatterView>();
        Assert.Equal(MatterStatus.Completed, done.Status);
    }

    [Fact]
    public async Task One_window_returning_its_part_returns_the_matter()
    {
        using var construction = await fx.As(Demo.TownConstructionClerk);
        var matter = await construction.TakeInAsync(Demo.Township, Demo.VillageConstruction, Demo.NewHouse, Demo.NewHouseMaterials, 31);
        using var land = await fx.As(Demo.TownLandClerk);
        var parts = $"/api/matters/{matter.ReceiptNumber}/parts/{Demo.Township}";

        var noBasis = await land.PostAsync($"{parts}/{Demo.Land}/return", new { reason = "占用基本农田", legalBasis = "" });
        await noBasis.AssertProblemAsync(400, "legalBasis", "text.required");

        var returned = await (await land.PostAsync($"{parts}/{Demo.Land}/return", new { reason = "占用基本农田", legalBasis = "《土地管理法》第三十七条" })).ReadAsync<MatterView>();
        Assert.Equal(MatterStatus.Returned, returned.Status);
    }
}
