using Network.Grains.Interfaces;
using Network.Grains.Interfaces.Calendar;

namespace Network.Grains.Calendar;

/// <summary>
/// The silo's current working-day calendar: the schedules shipped with the build, plus the years
/// an administrator loaded later (kept by the calendar grain). Swapped atomically, so readers
/// never see half a year.
/// </summary>
public sealed class WorkingDayCalendarProvider
{
    /// <summary>Key of the one calendar grain.</summary>
    public const string CalendarKey = "CN";

    private static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(1);
    private WorkingDayCalendar _current;
    private DateTimeOffset? _refreshedAt;

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

    /// <summary>Copies the run-time schedules from the calendar grain, at most once a minute.</summary>
    public async Task RefreshIfStaleAsync(IGrainFactory grains, TimeProvider time)
    {
        var now = time.GetUtcNow();
        if (_refreshedAt is { } last && now - last < RefreshInterval)
        {
            return;
        }

        _refreshedAt = now;
        foreach (var schedule in await grains.Reference<ICalendarGrain>(CalendarKey).GetSchedules())
        {
            if (Current.ScheduleOf(schedule.Year) != schedule)
            {
                Add(schedule);
            }
        }
    }
}
