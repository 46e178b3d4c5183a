using Network.Grains.Interfaces.Appointments;

namespace Network.Grains.Appointments;

/// <summary>
/// One booking of a day's book. <see cref="Name"/> and <see cref="Phone"/> are sealed in the
/// database (<see cref="AppointmentJson"/>); <see cref="PhoneLookup"/> is the phone's keyed hash,
/// the only form in which a citizen's no-shows are counted.
/// </summary>
public sealed record Booking(
    string Code,
    string WindowId,
    string ItemId,
    string ItemName,
    TimeOnly Start,
    TimeOnly End,
    string Name,
    string Phone,
    string PhoneLookup,
    AppointmentStatus Status,
    DateTimeOffset BookedAt)
{
    /// <summary>The citizen missed appointments repeatedly: staff call to confirm (电话确认).</summary>
    public bool ConfirmByPhone { get; init; }

    public string? TicketNumber { get; init; }

    public DateTimeOffset? ChangedAt { get; init; }

    /// <summary>Takes a place in its slot (cancelled bookings free theirs).</summary>
    public bool HoldsPlace => Status != AppointmentStatus.Cancelled;
}
