using Network.Grains.Calendar;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Network;

namespace Network.Grains.Appointments.Rules;

/// <summary>
/// What the appointment rules may consult: the clock, the working-day calendar (holidays, 调休
/// make-up workdays), the point's profile, the configured hours and capacity, whether the point
/// serves outside hours, and for a booking the item named and the citizen's recent no-shows. Plain data.
/// </summary>
public sealed record AppointmentContext(
    DateTimeOffset Now,
    WorkingDayCalendar Calendar,
    ServicePointProfile Point,
    AppointmentOptions Options)
{
    public DateOnly Today => ChinaTime.DateOf(Now);

    public TimeOnly TimeNow => TimeOnly.FromDateTime(Now.ToOffset(ChinaTime.Offset).DateTime);

    /// <summary>The item a booking names, as the point's catalog has it (null: none by that id).</summary>
    public ServiceItem? Item { get; init; }

    /// <summary>The booking citizen's no-shows remembered (see <see cref="AppointmentOptions.NoShowMemoryDays"/>).</summary>
    public int CitizenNoShows { get; init; }

    /// <summary>The keyed hash of the booking's phone.</summary>
    public string PhoneLookup { get; init; } = string.Empty;

    /// <summary>The booking code to give a new booking.</summary>
    public string NewCode { get; init; } = string.Empty;

    public bool OffersOutsideHours => Options.OutsideHoursPoints.Contains(Point.Code.Value, StringComparer.Ordinal);
}
