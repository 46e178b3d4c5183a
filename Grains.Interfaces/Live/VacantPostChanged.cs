namespace Network.Grains.Interfaces.Live;

/// <summary>
/// A window with nobody on duty during its rostered hours (空岗) was found, or is staffed again
/// (<paramref name="Cleared"/>). For the city monitor and the point's screens; no personal data.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record VacantPostChanged(
    [property: Id(0)] string PointCode,
    [property: Id(1)] string WindowId,
    [property: Id(2)] string ShiftId,
    [property: Id(3)] DateTimeOffset Since,
    [property: Id(4)] bool Cleared);
