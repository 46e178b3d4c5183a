using Network.Grains.Interfaces.Network;
using Network.Grains.Network;

namespace Network.Grains.Tests.Network;

/// <summary>A kept profile is reused only while the point's packed definition and its children are the ones it was unpacked from.</summary>
public sealed class ServicePointProfileCacheTests
{
    private static readonly DivisionCode Town = DivisionCode.Parse("510682101");

    private static ServicePointProfile ProfileNamed(string name) => new(Town, name, [], [], []);

    [Fact]
    public void The_same_definition_and_children_give_the_kept_profile_without_unpacking()
    {
        var cache = new ServicePointProfileCache();
        var definition = new object();
        var unpacked = 0;

        var first = cache.GetOrUnpack(Town.Value, definition, 2, () => { unpacked++; return ProfileNamed("一"); });
        var again = cache.GetOrUnpack(Town.Value, definition, 2, () => { unpacked++; return ProfileNamed("二"); });

        Assert.Same(first, again);
        Assert.Equal(1, unpacked);
    }

    [Fact]
    public void A_redefined_point_or_a_new_child_is_unpacked_afresh()
    {
        var cache = new ServicePointProfileCache();
        var definition = new object();
        cache.GetOrUnpack(Town.Value, definition, 2, () => ProfileNamed("旧"));

        Assert.Equal("新", cache.GetOrUnpack(Town.Value, new object(), 2, () => ProfileNamed("新")).Name);
        Assert.Equal("多一个村", cache.GetOrUnpack(Town.Value, definition, 3, () => ProfileNamed("多一个村")).Name);
    }

    [Fact]
    public void A_full_cache_starts_again_empty_and_still_answers()
    {
        var cache = new ServicePointProfileCache(capacity: 2);
        var definition = new object();
        cache.GetOrUnpack("510682101", definition, 0, () => ProfileNamed("甲"));
        cache.GetOrUnpack("510682102", definition, 0, () => ProfileNamed("乙"));
        cache.GetOrUnpack("510682103", definition, 0, () => ProfileNamed("丙"));
        var unpacked = 0;

        var kept = cache.GetOrUnpack("510682103", definition, 0, () => { unpacked++; return ProfileNamed("丙"); });

        Assert.Equal("丙", kept.Name);
        Assert.Equal(0, unpacked);
    }
}
