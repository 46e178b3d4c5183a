using Network.Bench.Generation;
using Network.Grains.Interfaces.Network;

namespace Network.Bench.Tests;

/// <summary>
/// Only the deciding window decides a handed-up matter (issue 14): a generated proxy item names the
/// deciding point's item it is decided as, at that point's first window, whose A clerk the benchmarks decide with.
/// </summary>
public sealed class DecidingItemTests
{
    [Fact]
    public void Every_generated_proxy_item_is_decided_at_the_first_window_of_its_deciding_point()
    {
        var points = NetworkGenerator.Generate(NetworkShape.Preset("county")).ToDictionary(p => p.Code);
        var proxyItems = points.Values.SelectMany(p => p.Items!.Where(i => i.DecidingTier != p.Tier).Select(i => (Point: p, Item: i))).ToList();

        Assert.NotEmpty(proxyItems);
        Assert.All(proxyItems, x =>
        {
            var deciding = points[x.Point.Code[..(x.Item.DecidingTier == Tier.City ? 6 : 9)]];
            var decidedAs = Assert.Single(deciding.Items!, i => i.Id == x.Item.DecidedAs);
            Assert.Equal(deciding.Windows[0].Id, decidedAs.WindowId);
        });
        Assert.All(points.Values.SelectMany(p => p.Items!.Where(i => i.DecidingTier == p.Tier)), i => Assert.Null(i.DecidedAs));
    }
}
