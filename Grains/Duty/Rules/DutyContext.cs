using Network.Grains.Calendar;
using Network.Grains.Interfaces.Duty;
using Network.Grains.Interfaces.Network;

namespace Network.Grains.Duty.Rules;

/// <summary>
/// What the roster and attendance rules may consult: the clock (China time), the calendar (working
/// days with 调休), the point's profile, and for attendance the day of the published roster.
/// </summary>
public sealed record DutyContext(DateTimeOffset Now, WorkingDayCalendar Calendar, ServicePointProfile? Point)
{
    public DutyDay? Day { get; init; }

    /// <summary>How late a clock-in may be before it counts as late, and how early a clock-out before it counts as leaving early.</summary>
    public TimeSpan Grace { get; init; } = TimeSpan.FromMinutes(5);

    public DateOnly Today => Interfaces.Time.ChinaTime.DateOf(Now);
}
