using System.Globalization;
using Network.Grains.Interfaces.Time;
using Network.ServiceDefaults;

namespace Network.Gateway.Tests.Infrastructure;

/// <summary>
/// The gateway and the silo with their trade clock (<see cref="TradeClock"/>) started at 10:00
/// China time on <see cref="Day"/>, an ordinary working day: tests of rosters, attendance and
/// vacant posts (空岗) do not depend on the real date being a working day, a weekend or a holiday.
/// </summary>
public sealed class KnownDayFixture : GatewayFixture
{
    /// <summary>Thursday 8 October 2026, the first working day after the National Day holiday.</summary>
    public static readonly DateOnly Day = new(2026, 10, 8);

    public static string Today => Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Start => new DateTimeOffset(Day.ToDateTime(new TimeOnly(10, 0)), ChinaTime.Offset).ToString("O", CultureInfo.InvariantCulture);

    protected override void ConfigureSilo(IDictionary<string, string> environment) =>
        environment["Network__Clock__Start"] = Start;

    protected override void ConfigureGateway(IDictionary<string, string?> settings) =>
        settings[TradeClock.StartSetting] = Start;
}
