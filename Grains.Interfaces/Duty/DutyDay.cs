namespace Network.Grains.Interfaces.Duty;

/// <summary>
/// One day of a published roster: who is on which shift at which window, and the leader receiving
/// citizens (领导坐班接待). Staff names are public (岗位卡); no citizen's data is here.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record DutyDay(
    [property: Id(0)] string PointCode,
    [property: Id(1)] DateOnly Date,
    [property: Id(2)] bool Published,
    [property: Id(3)] IReadOnlyList<DutyPost> Posts,
    [property: Id(4)] LeaderOnDuty? Leader);

/// <summary>One clerk on one shift of the day.</summary>
[GenerateSerializer, Immutable]
public sealed record DutyPost(
    [property: Id(0)] string ShiftId,
    [property: Id(1)] ShiftKind Kind,
    [property: Id(2)] TimeOnly Start,
    [property: Id(3)] TimeOnly End,
    [property: Id(4)] string? WindowId,
    [property: Id(5)] string? WindowName,
    [property: Id(6)] string ClerkId,
    [property: Id(7)] string ClerkName);
