using Network.Grains.Calendar;
using Network.Grains.Interfaces.Network;

namespace Network.Grains.Rectifications.Rules;

/// <summary>What the rectification's rules may consult: the clock, the calendar, the points' profiles, the limits.</summary>
public sealed record RectificationContext(
    DateTimeOffset Now,
    WorkingDayCalendar Calendar,
    IReadOnlyDictionary<string, ServicePointProfile> Points,
    int CallBackWorkingDays = 1,
    int MaxRectificationWorkingDays = 15)
{
    public string? Fingerprint { get; init; }

    public DateOnly Today => ChinaTime.DateOf(Now);

    public ServicePointProfile? Point(string code) => Points.GetValueOrDefault(code);
}
