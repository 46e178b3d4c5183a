namespace Network.Browser.Tests;

/// <summary>
/// The whole network with its trade clock started at 09:10 China time on Thursday 8 October 2026,
/// an ordinary working day (the first after the National Day holiday), so booking a slot of the
/// morning and checking in for it works whatever the real date and hour.
/// </summary>
public sealed class KnownDayNetworkFixture : NetworkFixture
{
    public static readonly DateOnly Day = new(2026, 10, 8);

    protected override DateTimeOffset? TradeClockStart => new DateTimeOffset(Day.ToDateTime(new TimeOnly(9, 10)), TimeSpan.FromHours(8));
}
