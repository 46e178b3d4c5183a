using System.Collections.Frozen;
using Network.Grains.Interfaces.Calendar;

namespace Network.Grains.Calendar;

/// <summary>
/// China's working-day calendar (工作日): weekends off, public holidays off, and the weekend days
/// the State Council turns into workdays (调休) on. Immutable; <see cref="With"/> adds a year.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly FrozenDictionary<int, HolidaySchedule> _years;
    private readonly FrozenSet<DateOnly> _holidays;
    private readonly FrozenSet<DateOnly> _workdays;

    public WorkingDayCalendar(IEnumerable<HolidaySchedule> schedules)
    {
        var byYear = new Dictionary<int, HolidaySchedule>();
        foreach (var schedule in schedules)
        {
            schedule.Validate();
            byYear[schedule.Year] = schedule;
        }

        _years = byYear.ToFrozenDictionary();
        _holidays = byYear.Values.SelectMany(s => s.Holidays).ToFrozenSet();
        _workdays = byYear.Values.SelectMany(s => s.Workdays).ToFrozenSet();
    }

    public static WorkingDayCalendar Empty { get; } = new([]);

    /// <summary>The years whose official schedule is known.</summary>
    public IReadOnlyCollection<int> KnownYears => _years.Keys;

    public HolidaySchedule? ScheduleOf(int year) => _years.GetValueOrDefault(year);

    /// <summary>A calendar with <paramref name="schedule"/> added (or replacing that year's).</summary>
    public WorkingDayCalendar With(HolidaySchedule schedule) =>
        new(_years.Values.Where(s => s.Year != schedule.Year).Append(schedule));

    public bool HasSchedule(int year) => _years.ContainsKey(year);

    public bool IsWorkingDay(DateOnly day)
    {
        if (_workdays.Contains(day))
        {
            return true;
        }

        if (_holidays.Contains(day))
        {
            return false;
        }

        return day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>
    /// The date <paramref name="workingDays"/> working days after <paramref name="start"/>; the
    /// start day itself is not counted. Zero days gives the start day.
    /// </summary>
    public WorkingDayCount AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = start;
        var provisional = false;
        for (var left = workingDays; left > 0;)
        {
            day = day.AddDays(1);
            provisional |= !HasSchedule(day.Year);
            if (IsWorkingDay(day))
            {
                left--;
            }
        }

        return new WorkingDayCount(day, provisional);
    }

    /// <summary>
    /// Working days after <paramref name="from"/> up to and including <paramref name="to"/>
    /// (zero when <paramref name="to"/> is not after <paramref name="from"/>).
    /// </summary>
    public int CountWorkingDays(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The last working day strictly before <paramref name="day"/>.</summary>
    public DateOnly PreviousWorkingDay(DateOnly day)
    {
        var d = day.AddDays(-1);
        while (!IsWorkingDay(d))
        {
            d = d.AddDays(-1);
        }

        return d;
    }
}
