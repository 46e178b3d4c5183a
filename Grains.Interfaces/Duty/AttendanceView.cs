namespace Network.Grains.Interfaces.Duty;

/// <summary>What an actor may do on a point's attendance sheet of a day.</summary>
public enum AttendanceAction
{
    Read = 0,

    /// <summary>Clock in (上班打卡): the clerk at the console.</summary>
    ClockIn = 1,

    /// <summary>Clock out (下班打卡).</summary>
    ClockOut = 2,
}

/// <summary>
/// A point's attendance sheet of one day (考勤): the stretches clocked, what the roster finds late,
/// early or absent as of now, and the vacant posts recorded.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AttendanceView(
    [property: Id(0)] string PointCode,
    [property: Id(1)] DateOnly Date,
    [property: Id(2)] IReadOnlyList<Punch> Punches,
    [property: Id(3)] IReadOnlyList<AttendanceFinding> Findings,
    [property: Id(4)] IReadOnlyList<VacantPost> VacantPosts,
    [property: Id(5)] IReadOnlyList<AttendanceAction> AllowedActions);
