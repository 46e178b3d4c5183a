using Network.Bench.Generation;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Network;
using Network.Grains.Network;

namespace Network.Bench.Tests;

/// <summary>The generator: valid codes and parents, exact counts, every kind of item, determinism, the file format.</summary>
public sealed class GeneratorTests
{
    [Theory]
    [InlineData("smoke", 1, 3, 6)]
    [InlineData("county", 1, 20, 300)]
    [InlineData("province", 11, 1300, 20020)]
    public void A_preset_has_its_counts_and_every_code_and_parent_is_valid(string preset, int cities, int townships, int villages)
    {
        var shape = NetworkShape.Preset(preset);
        var points = NetworkGenerator.Generate(shape).ToList();

        Assert.Equal((cities, townships, villages), (shape.Cities, shape.Townships, shape.Villages));
        Assert.Equal(cities, points.Count(p => p.Tier == Tier.City));
        Assert.Equal(townships, points.Count(p => p.Tier == Tier.Township));
        Assert.Equal(villages, points.Count(p => p.Tier == Tier.Village));
        AssertValidTree(points);
    }

    [Fact]
    public void The_country_preset_is_about_3000_cities_40000_townships_and_600000_villages_and_its_codes_are_valid()
    {
        var shape = NetworkShape.Preset("country");
        Assert.InRange(shape.Cities, 2_800, 3_200);
        Assert.InRange(shape.Townships, 38_000, 42_000);
        Assert.InRange(shape.Villages, 570_000, 630_000);

        // Every city code (all provinces), and the full tree of a slice of cities from the end.
        for (var c = 0; c < shape.Cities; c++)
        {
            Assert.True(DivisionCode.TryParse(DivisionCodes.City(c), out var code, out var reason), reason);
            Assert.Equal(Tier.City, code.Tier);
        }

        Assert.Equal(shape.Cities, Enumerable.Range(0, shape.Cities).Select(DivisionCodes.City).Distinct().Count());
        var small = shape with { Cities = 40 };
        AssertValidTree(NetworkGenerator.Generate(small).ToList());
    }

    [Fact]
    public void Every_point_has_staffed_windows_and_items_of_every_kind_with_the_eight_public_fields()
    {
        var points = NetworkGenerator.Generate(NetworkShape.Preset("smoke")).ToList();
        foreach (var p in points)
        {
            Assert.Equal(5, p.Windows.Count);
            Assert.All(p.Windows, w => Assert.NotEqual(w.ClerkA.Id, w.ClerkB.Id));
            Assert.Equal(p.Tier == Tier.Village ? NetworkGenerator.ProxyAgentsPerVillage : 0, p.ProxyAgents!.Count);
            Assert.Equal(6, p.Items!.Count);
            Assert.Equal(p.Items.Count, p.Items.Select(i => i.Id).Distinct().Count());
            Assert.All(p.Items, i =>
            {
                Assert.All(new[] { i.Name, i.Conditions, i.LegalBasis, i.Procedure, i.Result, i.Fee }, f => Assert.False(string.IsNullOrWhiteSpace(f)));
                Assert.NotEmpty(i.RequiredMaterials);
                Assert.Contains(p.Windows, w => w.Id == i.WindowId);
                Assert.True(i.Kind == MatterKind.Immediate ? i.TimeLimitWorkingDays == 0 : i.TimeLimitWorkingDays is >= 1 and <= 60);
                Assert.True(i.DecidingTier >= p.Tier);
            });
            Assert.Contains(p.Items, i => i.Kind == MatterKind.Immediate);
            Assert.Contains(p.Items, i => i.Kind == MatterKind.Promised && i.DecidingTier == p.Tier);
            Assert.Contains(p.Items, i => i.Kind == MatterKind.Joint && i.JointWindowIds.Count >= 2 && i.JointWindowIds.Contains(i.WindowId));
        }

        var villages = points.Where(p => p.Tier == Tier.Village).ToList();
        Assert.All(villages, v => Assert.Contains(v.Items!, i => i.DecidingTier == Tier.Township));
        Assert.All(villages, v => Assert.Contains(v.Items!, i => i.DecidingTier == Tier.City));
        Assert.All(points.Where(p => p.Tier == Tier.Township), t => Assert.Contains(t.Items!, i => i.DecidingTier == Tier.City));
    }

    [Fact]
    public async Task The_file_is_in_the_demo_network_format_and_the_same_seed_gives_the_same_file()
    {
        var shape = NetworkShape.Preset("smoke");
        var first = Path.GetTempFileName();
        var second = Path.GetTempFileName();
        try
        {
            await NetworkFileWriter.WriteAsync(first, NetworkGenerator.Generate(shape), indented: true);
            await NetworkFileWriter.WriteAsync(second, NetworkGenerator.Generate(shape), indented: true);
            Assert.Equal(await File.ReadAllTextAsync(first), await File.ReadAllTextAsync(second));

            var parsed = await NetworkFile.ReadAsync(first);
            var generated = NetworkGenerator.Build(shape);
            Assert.Equal(generated.Points.Select(p => (p.Code, p.Name, p.Tier)), parsed.Points.Select(p => (p.Code, p.Name, p.Tier)));
            Assert.Equal(generated.Points[^1].Items!.Select(i => (i.Id, i.Kind, i.DecidingTier, i.PartTimeLimitWorkingDays)), parsed.Points[^1].Items!.Select(i => (i.Id, i.Kind, i.DecidingTier, i.PartTimeLimitWorkingDays)));

            var otherSeed = NetworkGenerator.Build(shape with { Seed = 2 });
            Assert.NotEqual(generated.Points.Select(p => p.Name), otherSeed.Points.Select(p => p.Name));
        }
        finally
        {
            File.Delete(first);
            File.Delete(second);
        }
    }

    private static void AssertValidTree(IReadOnlyList<NetworkFile.Point> points)
    {
        var codes = new HashSet<string>();
        Tier? previous = null;
        foreach (var p in points)
        {
            Assert.True(DivisionCode.TryParse(p.Code, out var code, out var reason), $"{p.Code}: {reason}");
            Assert.Equal(p.Tier, code.Tier);
            Assert.True(previous is null || p.Tier <= previous, "points come tier by tier from the top");
            previous = p.Tier;
            if (code.Parent is { } parent)
            {
                Assert.Contains(parent.Value, codes);
            }

            Assert.True(codes.Add(p.Code), $"{p.Code} appears twice");
        }
    }
}
