namespace Network.Grains.Interfaces.Duty;

/// <summary>A shift of a point's roster: its id, kind and hours (China time), e.g. <c>am</c> Morning 08:30–12:00.</summary>
[GenerateSerializer, Immutable]
public sealed record ShiftDefinition(
    [property: Id(0)] string Id,
    [property: Id(1)] ShiftKind Kind,
    [property: Id(2)] TimeOnly Start,
    [property: Id(3)] TimeOnly End)
{
    /// <summary>The shifts a roster has when its draft names none.</summary>
    public static IReadOnlyList<ShiftDefinition> Defaults { get; } =
    [
        new("day", ShiftKind.FullDay, new TimeOnly(8, 30), new TimeOnly(17, 30)),
        new("am", ShiftKind.Morning, new TimeOnly(8, 30), new TimeOnly(12, 0)),
        new("pm", ShiftKind.Afternoon, new TimeOnly(14, 0), new TimeOnly(17, 30)),
        new("noon", ShiftKind.Noon, new TimeOnly(12, 0), new TimeOnly(14, 0)),
        new("evening", ShiftKind.Evening, new TimeOnly(17, 30), new TimeOnly(20, 0)),
        new("holiday", ShiftKind.HolidayDuty, new TimeOnly(9, 0), new TimeOnly(17, 0)),
    ];
}
