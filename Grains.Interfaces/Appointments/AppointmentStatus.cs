namespace Network.Grains.Interfaces.Appointments;

/// <summary>Where a booking (预约) stands.</summary>
public enum AppointmentStatus
{
    /// <summary>Booked (已预约), the citizen expected in the slot.</summary>
    Booked = 0,

    /// <summary>Cancelled by the citizen (已取消) before the slot began.</summary>
    Cancelled = 1,

    /// <summary>Checked in at the kiosk (已签到): a priority ticket was issued.</summary>
    CheckedIn = 2,

    /// <summary>The slot passed without a check-in (爽约).</summary>
    NoShow = 3,
}
