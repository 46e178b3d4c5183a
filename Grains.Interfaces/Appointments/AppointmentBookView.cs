namespace Network.Grains.Interfaces.Appointments;

/// <summary>A point's bookings of one day as staff see them: names and phones masked, and the repeated no-show flag.</summary>
[GenerateSerializer, Immutable]
public sealed record AppointmentBookView(
    [property: Id(0)] string PointCode,
    [property: Id(1)] DateOnly Date,
    [property: Id(2)] IReadOnlyList<AppointmentSlot> Slots,
    [property: Id(3)] IReadOnlyList<BookingView> Bookings);

/// <summary>
/// One booking for staff. <paramref name="ConfirmByPhone"/>: the citizen missed appointments
/// repeatedly before, so staff call to confirm (电话确认) before keeping the slot for them.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record BookingView(
    [property: Id(0)] string Code,
    [property: Id(1)] string WindowId,
    [property: Id(2)] string ItemName,
    [property: Id(3)] string Start,
    [property: Id(4)] string End,
    [property: Id(5)] string MaskedName,
    [property: Id(6)] string MaskedPhone,
    [property: Id(7)] AppointmentStatus Status,
    [property: Id(8)] bool ConfirmByPhone,
    [property: Id(9)] string? TicketNumber);
