namespace Network.Grains.Interfaces.Duty;

/// <summary>A vacant post (空岗) as recorded, for assessment (考核): where, which shift, which day, since when.</summary>
[GenerateSerializer, Immutable]
public sealed record VacantPostRecord(
    [property: Id(0)] string PointCode,
    [property: Id(1)] string WindowId,
    [property: Id(2)] string ShiftId,
    [property: Id(3)] DateOnly Date,
    [property: Id(4)] DateTimeOffset Since);
