using Network.Gateway.Contracts;
using Network.Gateway.Tests.Infrastructure;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Network;
using Network.Testing;

namespace Network.Gateway.Tests;

/// <summary>Every point of the demo network reads through the gateway: its profile, its catalog, its public catalog.</summary>
[Collection(GatewayCollection.Name)]
public sealed class DemoNetworkReadTests(GatewayFixture fx)
{
    [Fact]
    public async Task Every_demo_point_its_catalog_and_its_public_catalog_are_served()
    {
        var demo = await NetworkFile.ReadAsync(RepoPaths.DemoNetwork);
        using var monitor = await fx.As(Demo.Monitor);
        using var citizen = fx.Anonymous("192.0.2.1");
        foreach (var point in demo.Points)
        {
            var profile = await (await monitor.GetAsync($"/api/points/{point.Code}")).ReadAsync<PointView>();
            Assert.Equal(point.Windows.Count, profile.Windows.Count);
            var items = await (await monitor.GetAsync($"/api/points/{point.Code}/catalog")).ReadAsync<ServiceItem[]>();
            Assert.Equal(point.Items?.Count ?? 0, items.Length);
            var open = await (await citizen.GetAsync($"/public/points/{point.Code}/catalog")).ReadAsync<PublicServiceItem[]>();
            Assert.Equal(items.Select(i => i.Id), open.Select(i => i.Id));
        }
    }
}
