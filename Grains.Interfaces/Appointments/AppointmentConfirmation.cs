namespace Network.Grains.Interfaces.Appointments;

/// <summary>
/// What the citizen is told once booked: the booking code (预约码, needed to check in and to
/// cancel), when and where, and the item's materials list from the catalog. No personal data.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AppointmentConfirmation(
    [property: Id(0)] string Code,
    [property: Id(1)] string PointCode,
    [property: Id(2)] DateOnly Date,
    [property: Id(3)] string Start,
    [property: Id(4)] string End,
    [property: Id(5)] string WindowId,
    [property: Id(6)] string WindowName,
    [property: Id(7)] string ItemName,
    [property: Id(8)] IReadOnlyList<string> Materials,
    [property: Id(9)] AppointmentStatus Status);
