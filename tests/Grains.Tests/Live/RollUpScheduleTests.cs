using Network.Grains.Interfaces.Network;
using Network.Grains.Live;

namespace Network.Grains.Tests.Live;

/// <summary>The tiers share the promised staleness: the chain village → township → city holds a change for at most 0.7 of it.</summary>
public sealed class RollUpScheduleTests
{
    private static readonly TimeSpan Promised = TimeSpan.FromMilliseconds(500);

    [Fact]
    public void A_change_waits_at_most_seven_tenths_of_the_interval_in_the_tiers_from_village_to_city()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(350), RollUpSchedule.ChainBound(Promised));
        Assert.True(RollUpSchedule.ChainBound(Promised) <= Promised * 0.7);
    }

    [Theory]
    [InlineData(Tier.Village)]
    [InlineData(Tier.Township)]
    [InlineData(Tier.City)]
    public void A_point_quiet_for_its_interval_rolls_up_at_once(Tier tier) =>
        Assert.Equal(TimeSpan.Zero, RollUpSchedule.Delay(tier, Promised, RollUpSchedule.Interval(tier, Promised)));

    [Fact]
    public void A_busy_city_rolls_up_at_most_twice_per_interval() =>
        Assert.Equal(TimeSpan.FromMilliseconds(150), RollUpSchedule.Delay(Tier.City, Promised, TimeSpan.FromMilliseconds(100)));

    [Theory]
    [InlineData(Tier.Village)]
    [InlineData(Tier.Township)]
    public void A_busy_village_or_township_holds_a_change_at_most_a_tenth_of_the_interval(Tier tier) =>
        Assert.Equal(TimeSpan.FromMilliseconds(50), RollUpSchedule.Delay(tier, Promised, TimeSpan.Zero));
}
