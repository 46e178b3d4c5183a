namespace Network.Grains.Interfaces.Duty;

/// <summary>
/// One clerk on one shift of one day, at a window (null: duty for the whole hall, e.g. noon or
/// holiday duty taking calls and appointments).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record DutyAssignment(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] string ShiftId,
    [property: Id(2)] string ClerkId,
    [property: Id(3)] string? WindowId);
