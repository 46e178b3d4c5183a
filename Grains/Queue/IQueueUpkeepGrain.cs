using Network.Grains.Interfaces.Queue;

namespace Network.Grains.Queue;

/// <summary>What other grains ask of a day's queue (internal to the silos).</summary>
public interface IQueueUpkeepGrain : IGrainWithStringKey
{
    /// <summary>
    /// A priority ticket for an appointment checked in at the kiosk (预约签到), once per booking
    /// code: a second call with the same code answers with the ticket already issued.
    /// </summary>
    Task<TicketSlip> IssueForAppointment(string appointmentCode, string windowId);
}
