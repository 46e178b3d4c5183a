namespace Network.Grains.Appointments;

/// <summary>How appointments (预约) are offered (configuration section <c>Network:Appointments</c>).</summary>
public sealed class AppointmentOptions
{
    public const string Section = "Network:Appointments";

    /// <summary>Office hours cut into slots, China time, "HH:mm-HH:mm".</summary>
    public List<string> OfficeHours { get; set; } = ["09:00-12:00", "13:30-17:00"];

    /// <summary>Hours outside office hours cut into slots at the points that offer them (预约服务时间: noon and evening).</summary>
    public List<string> OutsideHours { get; set; } = ["12:00-13:30", "17:00-18:30"];

    /// <summary>The points (division codes) that serve by appointment outside hours.</summary>
    public List<string> OutsideHoursPoints { get; set; } = [];

    public int SlotMinutes { get; set; } = 30;

    /// <summary>Bookings per slot per window.</summary>
    public int Capacity { get; set; } = 2;

    /// <summary>How many days ahead a slot can be booked.</summary>
    public int MaxDaysAhead { get; set; } = 14;

    /// <summary>Minutes after a slot's end a booking not checked in becomes a no-show (and may still check in until then).</summary>
    public int NoShowGraceMinutes { get; set; } = 30;

    /// <summary>Minutes before a slot's start a check-in is taken.</summary>
    public int CheckInEarlyMinutes { get; set; } = 60;

    /// <summary>A citizen with this many no-shows (in the last <see cref="NoShowMemoryDays"/>) is called to confirm each new booking.</summary>
    public int ConfirmByPhoneAfterNoShows { get; set; } = 2;

    public int NoShowMemoryDays { get; set; } = 180;
}
