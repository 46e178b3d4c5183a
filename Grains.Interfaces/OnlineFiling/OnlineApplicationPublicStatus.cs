namespace Network.Grains.Interfaces.OnlineFiling;

/// <summary>
/// An online application as anyone may see it (Open311's GET requests): item, point, whether it is
/// open, a note of where it stands and when. No personal data. Open while it is being filled in or
/// pre-examined; once accepted, as long as its matter is open; closed once refused.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record OnlineApplicationPublicStatus(
    [property: Id(0)] string Number,
    [property: Id(1)] string PointCode,
    [property: Id(2)] string PointName,
    [property: Id(3)] string ItemId,
    [property: Id(4)] string ItemName,
    [property: Id(5)] bool IsOpen,
    [property: Id(6)] string StatusNotes,
    [property: Id(7)] DateTimeOffset RequestedAt,
    [property: Id(8)] DateTimeOffset UpdatedAt,
    [property: Id(9)] DateOnly? ExpectedOn);
