namespace Network.Grains.Interfaces.Calendar;

/// <summary>
/// One year's official holiday schedule (国务院办公厅关于某年部分节假日安排的通知): the days off
/// that would otherwise be workdays, and the weekend days turned into workdays (调休上班).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record HolidaySchedule(
    [property: Id(0)] int Year,
    [property: Id(1)] string Source,
    [property: Id(2)] IReadOnlyList<DateOnly> Holidays,
    [property: Id(3)] IReadOnlyList<DateOnly> Workdays)
{
    /// <summary>Refuses a schedule whose dates fall outside its year or overlap.</summary>
    public void Validate()
    {
        if (Year is < 2000 or > 2100)
        {
            throw new ArgumentException($"Year {Year} is out of range.", nameof(Year));
        }

        foreach (var day in Holidays.Concat(Workdays))
        {
            if (day.Year != Year)
            {
                throw new ArgumentException($"{day:yyyy-MM-dd} is not in {Year}.", nameof(Holidays));
            }
        }

        var both = Holidays.Intersect(Workdays).ToList();
        if (both.Count > 0)
        {
            throw new ArgumentException($"{both[0]:yyyy-MM-dd} is listed both as a holiday and as a workday.", nameof(Workdays));
        }

        var weekdayWorkday = Workdays.FirstOrDefault(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
        if (weekdayWorkday != default)
        {
            throw new ArgumentException($"{weekdayWorkday:yyyy-MM-dd} is a weekday; only weekend days can be made workdays.", nameof(Workdays));
        }
    }
}
