namespace Network.Grains.Appointments;

/// <summary>A point's appointment book of one day, as stored in the case store (kind <c>appointment</c>, id <c>{point}/{date}</c>).</summary>
public sealed record AppointmentBookState(string PointCode, DateOnly Date)
{
    public IReadOnlyList<Booking> Bookings { get; init; } = [];

    public int Version { get; init; }

    public int LedgerSequence { get; init; }

    /// <summary>Open while a booking still waits for its citizen (booked, not checked in, cancelled or missed).</summary>
    public bool IsClosed => !Bookings.Any(b => b.Status == Interfaces.Appointments.AppointmentStatus.Booked);

    public Booking? Find(string code) => Bookings.FirstOrDefault(b => b.Code == code);

    public AppointmentBookState With(Booking booking) => this with
    {
        Bookings = Bookings.Select(b => b.Code == booking.Code ? booking : b).ToArray(),
    };
}
