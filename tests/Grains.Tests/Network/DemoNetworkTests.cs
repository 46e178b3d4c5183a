using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Network;
using Network.Grains.Network;
using Network.Testing;

namespace Network.Grains.Tests.Network;

/// <summary>The demo network data file, built from the plans in the seeds, loads whole.</summary>
public sealed class DemoNetworkTests
{
    [Fact]
    public async Task The_demo_network_from_the_seeds_loads_with_its_windows_and_items()
    {
        var file = await NetworkFile.ReadAsync(RepoPaths.DemoNetwork);
        await using var cluster = await TestClusters.StartAsync();

        var loaded = await NetworkLoader.LoadAsync(cluster.Client, file);

        Assert.Equal(file.Points.Count, loaded);
        var points = new Dictionary<string, ServicePointProfile>();
        foreach (var p in file.Points)
        {
            points[p.Name] = (await cluster.Client.GetGrain<IServicePointGrain>(p.Code).GetProfile())!;
            Assert.Equal(p.Items!.Count, (await cluster.Client.GetGrain<ICatalogGrain>(p.Code).List()).Count);
        }

        Assert.Single(points.Values, p => p.Tier == Tier.City);
        Assert.Equal(11, Find(points, "先锋镇").Windows.Count);
        Assert.Equal(8, Find(points, "师古镇").Windows.Count);
        Assert.Equal(6, Find(points, "站街镇").Windows.Count);
        Assert.Equal(4, Find(points, "高阜镇").Windows.Count);
        Assert.Equal(4, Find(points, "蒲阳镇").Windows.Count);
        Assert.NotNull(Find(points, "红升乡"));
        Assert.Equal(Tier.Village, Find(points, "京什").Tier);
        var plan5 = file.Points.Single(p => p.Source?.Contains("篇5", StringComparison.Ordinal) == true);
        // 17 items in 篇5, less its 信访接待: a petition is its own kind of case, not a catalog item (docs/applicants-consultations-petitions.md).
        Assert.Equal((8, 16), (plan5.Windows.Count, plan5.Items!.Count));
        Assert.Contains(points.Values, p => p.Tier == Tier.Village && p.ProxyAgents.Count > 0);
        var city = points.Values.Single(p => p.Tier == Tier.City);
        Assert.All(points.Values.Where(p => p.Tier == Tier.Township), t => Assert.Contains(t.Code, city.Children));
    }

    private static ServicePointProfile Find(Dictionary<string, ServicePointProfile> points, string name) =>
        points.Single(p => p.Key.Contains(name, StringComparison.Ordinal)).Value;
}
