using Network.Grains.Interfaces.Calendar;

namespace Network.Grains.Calendar;

/// <summary>
/// The silo's current working-day calendar: the schedules shipped with the build, plus any
/// year an administrator loads later. Swapped atomically, so readers never see half a year.
/// </summary>
public sealed class WorkingDayCalendarProvider
{
    private WorkingDayCalendar _current;

    public WorkingDayCalendarProvider()
        : this(HolidayScheduleJson.Embedded())
    {
    }

    public WorkingDayCalendarProvider(IEnumerable<HolidaySchedule> schedules) => _current = new WorkingDayCalendar(schedules);

    public WorkingDayCalendar Current => Volatile.Read(ref _current);

    public void Add(HolidaySchedule schedule)
    {
        WorkingDayCalendar seen, next;
        do
        {
            seen = Current;
            next = seen.With(schedule);
        }
        while (Interlocked.CompareExchange(ref _current, next, seen) != seen);
    }
}
