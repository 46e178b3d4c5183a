namespace Network.Grains.Appointments;

/// <summary>What the network asks of a day's appointment book (internal to the silos).</summary>
public interface IAppointmentUpkeepGrain : IGrainWithStringKey
{
    /// <summary>Records as no-shows the bookings whose slot and grace have passed without a check-in; how many.</summary>
    Task<int> RecordNoShows();
}
