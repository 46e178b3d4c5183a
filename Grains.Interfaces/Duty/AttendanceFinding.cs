namespace Network.Grains.Interfaces.Duty;

/// <summary>What attendance (考勤) finds against the roster.</summary>
public enum AttendanceFindingKind
{
    /// <summary>Clocked in after the shift's start and its grace (迟到).</summary>
    Late = 0,

    /// <summary>Clocked out before the shift's end (早退).</summary>
    EarlyLeave = 1,

    /// <summary>Never clocked in during a shift that has ended (缺勤).</summary>
    Absent = 2,
}

/// <summary>One finding: which clerk, on which shift and window, what, and by how many minutes (0 for an absence).</summary>
[GenerateSerializer, Immutable]
public sealed record AttendanceFinding(
    [property: Id(0)] string ClerkId,
    [property: Id(1)] string ShiftId,
    [property: Id(2)] string? WindowId,
    [property: Id(3)] AttendanceFindingKind Kind,
    [property: Id(4)] int Minutes);

/// <summary>One stretch at work: clocked in, and out (null while still in).</summary>
[GenerateSerializer, Immutable]
public sealed record Punch(
    [property: Id(0)] string ClerkId,
    [property: Id(1)] DateTimeOffset In,
    [property: Id(2)] DateTimeOffset? Out);

/// <summary>
/// A window with nobody on duty during its rostered hours (空岗): since when, and until when
/// (null while it lasts). Recorded once per window and shift, so assessment can count it.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record VacantPost(
    [property: Id(0)] string WindowId,
    [property: Id(1)] string ShiftId,
    [property: Id(2)] DateTimeOffset Since,
    [property: Id(3)] DateTimeOffset? Until);
