using Network.Grains.Appointments;

namespace Network.Grains.Reports.Rollups;

/// <summary>
/// The facts a point's appointment book (预约) of a day counts, pure, from its state alone: each
/// booking one <see cref="RollupFigures.Appointment"/> on the book's day, at its window and item,
/// bucket = its status now (<c>Booked</c>, <c>Cancelled</c>, <c>CheckedIn</c>, <c>NoShow</c>), so a
/// check-in or a no-show moves it from one bucket to another.
/// </summary>
public static class AppointmentFacts
{
    public static IEnumerable<RollupFact> Of(AppointmentBookState state) =>
        state.Bookings.Select(b => new RollupFact(state.Date, state.PointCode, b.WindowId, b.ItemId, string.Empty, RollupFigures.Appointment, b.Status.ToString(), 1));
}
