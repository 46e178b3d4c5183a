using Network.Grains.Calendar;
using Network.Grains.Interfaces.Live;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Live;

namespace Network.Grains.Tests.Live;

/// <summary>
/// A point's load is kept as the changes arrive (open matters by due date, hand-offs in flight);
/// whatever the order of changes, it equals a recount of the open matters.
/// </summary>
public sealed class PointLoadTrackerTests
{
    private const string Here = "330182101";
    private const string Other = "330182101201";
    private static readonly DateOnly Today = new(2026, 11, 16);
    private static readonly WorkingDayCalendar Calendar = new WorkingDayCalendarProvider().Current;

    [Fact]
    public void The_counts_kept_as_changes_arrive_equal_a_recount_of_the_open_matters()
    {
        var random = new Random(20261116);
        var tracker = new PointLoadTracker(Here);
        var latest = new Dictionary<string, MatterChanged>(StringComparer.Ordinal);
        for (var step = 0; step < 5_000; step++)
        {
            var n = random.Next(60);
            var receipt = $"{Here}-20261116-{n:D8}";
            var version = latest.TryGetValue(receipt, out var before) ? before.Version + 1 : 1;
            var change = Change(receipt, n % 4 == 0 ? Other : Here, version, random);
            tracker.Apply(change, Today);
            latest[receipt] = change;

            var day = Today.AddDays(random.Next(0, 3));
            Assert.Equal(Recount(latest.Values, day), Figures(tracker.Own(day, Calendar, DateTimeOffset.UnixEpoch)));
        }
    }

    [Fact]
    public void A_matter_taken_in_here_and_held_here_counts_once_as_due_soon()
    {
        var tracker = new PointLoadTracker(Here);
        var dueTomorrow = Today.AddDays(1);
        tracker.Apply(new MatterChanged("r-1", Here, "w", Here, MatterStatus.InProgress, "Accepted", "item", "c", dueTomorrow, FlagLevel.None, DateTimeOffset.UnixEpoch, 1), Today);

        var load = tracker.Own(Today, Calendar, DateTimeOffset.UnixEpoch);

        Assert.Equal((1, 1, 1, 0), (load.Open, load.Held, load.DueSoon, load.Overdue));
        Assert.Equal(0, load.Queue);
    }

    /// <summary>A random change of a matter taken in at <paramref name="takenIn"/> (where a matter was taken in never changes).</summary>
    private static MatterChanged Change(string receipt, string takenIn, int version, Random random)
    {
        var status = (MatterStatus)random.Next(0, Enum.GetValues<MatterStatus>().Length);
        var current = random.Next(3) switch { 0 => Here, 1 => Other, _ => "330182" };
        DateOnly? due = random.Next(5) == 0 ? null : Today.AddDays(random.Next(-3, 6));
        return new MatterChanged(receipt, takenIn, "w", current, status, random.Next(3) == 0 ? "Accepted" : "Handled", "item", "c", due, FlagLevel.None, DateTimeOffset.UnixEpoch, version)
        {
            OpenPartPoints = random.Next(4) == 0 ? [Here] : [],
            IsClosed = random.Next(4) == 0,
        };
    }

    /// <summary>The figures as the first build computed them: by going over every open matter.</summary>
    private static (int Held, int Open, int DueSoon, int Overdue, int HandOffs) Recount(IEnumerable<MatterChanged> latest, DateOnly day)
    {
        var open = latest.Where(m => !m.IsClosed).ToList();
        var takenInHere = open.Where(m => m.PointCode == Here).ToList();
        var heldHere = open.Where(m => m.CurrentPointCode == Here || m.OpenPartPoints.Contains(Here)).ToList();
        var either = takenInHere.Concat(heldHere).DistinctBy(m => m.ReceiptNumber).ToList();
        return (
            heldHere.Count,
            takenInHere.Count,
            either.Count(m => m.DueDate is { } d && day <= d && day >= Calendar.PreviousWorkingDay(d)),
            either.Count(m => m.DueDate is { } d && day > d),
            takenInHere.Count(m => m.Status == MatterStatus.HandedUp));
    }

    private static (int, int, int, int, int) Figures(PointLoad load) =>
        (load.Held, load.Open, load.DueSoon, load.Overdue, load.HandOffsInFlight);
}
