namespace Network.Grains.Appointments;

/// <summary>
/// A citizen's missed appointments (爽约记录), keyed by the keyed hash of their phone (never the
/// phone itself). Told by day books when a booking becomes a no-show; asked by a book when
/// the citizen books again. Internal to the silos.
/// </summary>
public interface ICitizenAttendanceGrain : IGrainWithStringKey
{
    /// <summary>Records a no-show once per booking code (awaited: the book's sweep reports only what is recorded).</summary>
    Task RecordNoShow(string bookingCode, DateOnly day);

    /// <summary>No-shows on or after <paramref name="since"/>.</summary>
    Task<int> CountNoShows(DateOnly since);
}
