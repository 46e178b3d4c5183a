using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Interfaces.Duty;

/// <summary>A point's attendance sheet of one day (考勤), keyed <c>{point code}/{yyyy-MM-dd}</c>.</summary>
public interface IAttendanceGrain : IGrainWithStringKey
{
    /// <summary>The signed-in clerk clocks in (only on the day itself).</summary>
    Task<AttendanceView> ClockIn(Actor actor);

    /// <summary>The signed-in clerk clocks out.</summary>
    Task<AttendanceView> ClockOut(Actor actor);

    /// <summary>The sheet: a clerk reads their own point's, a director their point's and below, the monitor the city's.</summary>
    Task<AttendanceView> Get(Actor actor);
}
