using System.Globalization;
using Network.Grains.Interfaces.Time;

namespace Network.Gateway.Reports;

/// <summary>Dates and times as the seeds write them (2026年12月1日), always in China time whatever the server's zone.</summary>
public static class ChineseDates
{
    public static string Day(DateOnly? day) =>
        day is { } d ? string.Create(CultureInfo.InvariantCulture, $"{d.Year}年{d.Month}月{d.Day}日") : string.Empty;

    public static string Time(DateTimeOffset instant)
    {
        var china = instant.ToOffset(ChinaTime.Offset);
        return string.Create(CultureInfo.InvariantCulture, $"{Day(DateOnly.FromDateTime(china.DateTime))} {china:HH:mm}");
    }
}
