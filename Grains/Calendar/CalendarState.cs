using Network.Grains.Interfaces.Calendar;

namespace Network.Grains.Calendar;

/// <summary>The schedules an administrator loaded at run time.</summary>
[GenerateSerializer]
public sealed class CalendarState
{
    [Id(0)]
    public List<HolidaySchedule> Schedules { get; set; } = [];
}
