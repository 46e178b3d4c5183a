using Microsoft.Extensions.Configuration;
using Network.ServiceDefaults;

namespace Network.Gateway.Tests;

/// <summary>The trade's clock (<see cref="TradeClock"/>): the system clock, or one started at a configured instant.</summary>
public sealed class TradeClockTests
{
    private static IConfiguration Settings(string? start) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [TradeClock.StartSetting] = start }).Build();

    [Fact]
    public void Without_a_start_the_trade_clock_is_the_system_clock()
    {
        Assert.Same(TimeProvider.System, TradeClock.From(Settings(null)));
        Assert.Same(TimeProvider.System, TradeClock.From(Settings(" ")));
    }

    [Fact]
    public void The_trade_clock_starts_at_the_configured_instant_and_runs_at_the_real_pace()
    {
        var start = new DateTimeOffset(2026, 10, 8, 9, 10, 0, TimeSpan.FromHours(8));
        var clock = TradeClock.From(Settings("2026-10-08T09:10:00+08:00"));

        var first = clock.GetUtcNow();
        var realFirst = TimeProvider.System.GetUtcNow();
        Assert.InRange(first - start, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        var second = clock.GetUtcNow();
        var realSecond = TimeProvider.System.GetUtcNow();
        Assert.True(second >= first);
        Assert.InRange((second - first) - (realSecond - realFirst), TimeSpan.FromMilliseconds(-50), TimeSpan.FromMilliseconds(50));
        Assert.Equal(TimeProvider.System.TimestampFrequency, clock.TimestampFrequency);
    }

    [Fact]
    public void A_start_that_is_not_an_instant_stops_the_host()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => TradeClock.From(Settings("next thursday")));
        Assert.Contains(TradeClock.StartSetting, refused.Message, StringComparison.Ordinal);
    }
}
