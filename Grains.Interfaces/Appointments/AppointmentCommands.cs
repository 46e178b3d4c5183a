using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Interfaces.Appointments;

/// <summary>Book a slot at a window for a service item (预约), with the citizen's name and phone (sealed once stored).</summary>
[GenerateSerializer, Immutable]
public sealed record BookAppointmentCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string WindowId,
    [property: Id(2)] string ItemId,
    [property: Id(3)] string Start,
    [property: Id(4)] string Name,
    [property: Id(5)] string Phone);

/// <summary>Cancel a booking: its code and the phone it was booked with.</summary>
[GenerateSerializer, Immutable]
public sealed record CancelAppointmentCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string Code,
    [property: Id(2)] string Phone);

/// <summary>Check in at the kiosk with the booking code (预约签到): a priority ticket.</summary>
[GenerateSerializer, Immutable]
public sealed record CheckInCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string Code);
