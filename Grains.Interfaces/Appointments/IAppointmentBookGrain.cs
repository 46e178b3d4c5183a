using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Queue;

namespace Network.Grains.Interfaces.Appointments;

/// <summary>
/// A point's appointment book of one day (预约), keyed <c>{point code}/{yyyy-MM-dd}</c> like the
/// queue (<see cref="QueueKeys"/>). One grain per point per day keeps every slot's capacity; every
/// booking's steps are the ledger of this one case.
/// </summary>
public interface IAppointmentBookGrain : IGrainWithStringKey
{
    /// <summary>The day's slots per window with what is left (public).</summary>
    Task<AppointmentDay> GetSlots();

    Task<AppointmentConfirmation> Book(BookAppointmentCommand command);

    Task<AppointmentConfirmation> Cancel(CancelAppointmentCommand command);

    /// <summary>Checks in a booking of today at the kiosk: its priority ticket (issued once per booking).</summary>
    Task<TicketSlip> CheckIn(CheckInCommand command);

    /// <summary>The day's bookings as staff within reach of the point see them.</summary>
    Task<AppointmentBookView> Get(Actor actor);
}
