using Network.Grains.Calendar;
using Network.Grains.Interfaces.Calendar;

namespace Network.Grains.Tests.Values;

public sealed class WorkingDayCalendarTests
{
    private readonly WorkingDayCalendar _calendar = new WorkingDayCalendarProvider().Current;

    [Fact]
    public void The_published_schedules_of_2025_and_2026_ship_with_the_build()
    {
        Assert.Contains(2025, _calendar.KnownYears);
        Assert.Contains(2026, _calendar.KnownYears);
    }

    [Fact]
    public void A_national_day_holiday_is_skipped_and_the_make_up_saturday_counts()
    {
        // Accepted Wed 30 Sep 2026; 1-7 Oct off; Thu 8, Fri 9, Sat 10 (调休 workday), Mon 12, Tue 13.
        var due = _calendar.AddWorkingDays(new DateOnly(2026, 9, 30), 5);

        Assert.Equal(new DateOnly(2026, 10, 13), due.Date);
        Assert.False(due.Provisional);
    }

    [Fact]
    public void The_spring_festival_make_up_days_are_workdays()
    {
        Assert.True(_calendar.IsWorkingDay(new DateOnly(2026, 2, 14)));
        Assert.True(_calendar.IsWorkingDay(new DateOnly(2026, 2, 28)));
        Assert.False(_calendar.IsWorkingDay(new DateOnly(2026, 2, 16)));
        Assert.False(_calendar.IsWorkingDay(new DateOnly(2025, 1, 28)));
        Assert.True(_calendar.IsWorkingDay(new DateOnly(2025, 1, 26)));
    }

    [Fact]
    public void The_day_of_acceptance_is_not_counted()
    {
        // Mon 16 Nov 2026 + 1 working day = Tue 17 Nov.
        Assert.Equal(new DateOnly(2026, 11, 17), _calendar.AddWorkingDays(new DateOnly(2026, 11, 16), 1).Date);
        // Fri 20 Nov 2026 + 1 working day = Mon 23 Nov.
        Assert.Equal(new DateOnly(2026, 11, 23), _calendar.AddWorkingDays(new DateOnly(2026, 11, 20), 1).Date);
    }

    [Fact]
    public void A_deadline_reaching_into_an_unpublished_year_is_provisional_and_moves_when_published()
    {
        // 2027 has no schedule: weekends alone are skipped and the result says so.
        var due = _calendar.AddWorkingDays(new DateOnly(2026, 12, 28), 5);
        Assert.True(due.Provisional);
        Assert.Equal(new DateOnly(2027, 1, 4), due.Date);

        // Once 2027's schedule arrives (1-3 Jan off, say), the count moves and is final.
        var published = _calendar.With(new HolidaySchedule(2027, "test", [new(2027, 1, 1)], []));
        var recomputed = published.AddWorkingDays(new DateOnly(2026, 12, 28), 5);
        Assert.False(recomputed.Provisional);
        Assert.Equal(new DateOnly(2027, 1, 5), recomputed.Date);
    }

    [Fact]
    public void A_schedule_making_a_weekday_a_workday_is_refused() =>
        Assert.Throws<ArgumentException>(() => new HolidaySchedule(2027, "bad", [], [new DateOnly(2027, 1, 6)]).Validate());
}
