using Network.Grains.Interfaces.Calendar;
using Network.Grains.Calendar;
using Network.Grains.Interfaces.Live;
using Network.Grains.Interfaces.Matters;

namespace Network.Grains.Live;

/// <summary>
/// A point's live picture, in memory only (rebuilt from the matter table when the point wakes):
/// the open matters taken in here, the open matters waiting for work here, today's counts, and
/// the last rolled-up load of each child point.
/// </summary>
internal sealed class PointLoadTracker(string pointCode)
{
    private readonly Dictionary<string, MatterChanged> _takenInHere = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MatterChanged> _heldHere = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PointLoad> _children = new(StringComparer.Ordinal);
    private DateOnly _day;
    private int _acceptedToday;
    private int _closedToday;

    public void SetTodayCounts(DateOnly day, int accepted, int closed) => (_day, _acceptedToday, _closedToday) = (day, accepted, closed);

    public void Apply(MatterChanged change, DateOnly today)
    {
        RollDay(today);
        if (change.PointCode == pointCode)
        {
            var known = _takenInHere.ContainsKey(change.ReceiptNumber);
            if (change.Version == 1 || (!known && change.Action is "Accepted" or "Received"))
            {
                _acceptedToday++;
            }

            if (change.IsClosed)
            {
                if (known || change.Version == 1)
                {
                    _closedToday++;
                }

                _takenInHere.Remove(change.ReceiptNumber);
            }
            else
            {
                _takenInHere[change.ReceiptNumber] = change;
            }
        }

        if (!change.IsClosed && (change.CurrentPointCode == pointCode || change.OpenPartPoints.Contains(pointCode)))
        {
            _heldHere[change.ReceiptNumber] = change;
        }
        else
        {
            _heldHere.Remove(change.ReceiptNumber);
        }
    }

    /// <summary>Loads what is open from the store, without counting it as today's intake.</summary>
    public void Seed(MatterChanged change)
    {
        if (change.PointCode == pointCode && !change.IsClosed)
        {
            _takenInHere[change.ReceiptNumber] = change;
        }

        if (!change.IsClosed && change.CurrentPointCode == pointCode)
        {
            _heldHere[change.ReceiptNumber] = change;
        }
    }

    public void ApplyChild(PointLoad childSubtree) => _children[childSubtree.PointCode] = childSubtree;

    public PointLoad Own(DateOnly today, WorkingDayCalendar calendar, DateTimeOffset now)
    {
        RollDay(today);
        var open = _takenInHere.Values.Concat(_heldHere.Values).DistinctBy(m => m.ReceiptNumber).ToList();
        return new PointLoad(
            pointCode,
            Subtree: false,
            Queue: _heldHere.Count,
            Open: _takenInHere.Count,
            DueSoon: open.Count(m => m.DueDate is { } d && today <= d && today >= calendar.PreviousWorkingDay(d)),
            Overdue: open.Count(m => m.DueDate is { } d && today > d),
            HandOffsInFlight: _takenInHere.Values.Count(m => m.Status == MatterStatus.HandedUp),
            AcceptedToday: _acceptedToday,
            ClosedToday: _closedToday,
            AsOf: now);
    }

    public PointLoad Subtree(PointLoad own) =>
        _children.Values.Aggregate(own with { Subtree = true }, (sum, child) => sum.Plus(child));

    private void RollDay(DateOnly today)
    {
        if (today != _day)
        {
            (_day, _acceptedToday, _closedToday) = (today, 0, 0);
        }
    }
}
