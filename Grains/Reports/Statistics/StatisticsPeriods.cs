using Network.Grains.Interfaces.Statistics;

namespace Network.Grains.Reports.Statistics;

/// <summary>The days of a period (China days, inclusive) and of the period before it, pure.</summary>
public static class StatisticsPeriods
{
    /// <summary>The period of <paramref name="period"/> that contains <paramref name="day"/>.</summary>
    public static (DateOnly From, DateOnly To) Containing(StatisticsPeriod period, DateOnly day)
    {
        switch (period)
        {
            case StatisticsPeriod.Day:
                return (day, day);
            case StatisticsPeriod.Week:
                var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
                return (monday, monday.AddDays(6));
            case StatisticsPeriod.Month:
                var first = new DateOnly(day.Year, day.Month, 1);
                return (first, first.AddMonths(1).AddDays(-1));
            case StatisticsPeriod.Quarter:
                var start = new DateOnly(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1);
                return (start, start.AddMonths(3).AddDays(-1));
            case StatisticsPeriod.Year:
                return (new DateOnly(day.Year, 1, 1), new DateOnly(day.Year, 12, 31));
            default:
                throw new ArgumentOutOfRangeException(nameof(period), period, "Not a period.");
        }
    }

    /// <summary>The period of the same kind just before the one starting on <paramref name="from"/>.</summary>
    public static (DateOnly From, DateOnly To) Before(StatisticsPeriod period, DateOnly from) =>
        Containing(period, from.AddDays(-1));
}
