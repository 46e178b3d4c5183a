using Network.Grains.Calendar;
using Network.Grains.Interfaces.Live;
using Network.Grains.Interfaces.Matters;

namespace Network.Grains.Live;

/// <summary>
/// A point's live picture, in memory only (rebuilt from the matter table when the point wakes):
/// the open matters taken in here, the open matters waiting for work here, today's counts, and
/// the last rolled-up load of each child point. The counts a roll-up reports are kept as the
/// changes arrive (open matters by due date, hand-offs in flight), so a roll-up costs the number of
/// distinct due dates, not the number of open matters.
/// </summary>
internal sealed class PointLoadTracker(string pointCode)
{
    private readonly Dictionary<string, MatterChanged> _takenInHere = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MatterChanged> _heldHere = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PointLoad> _children = new(StringComparer.Ordinal);

    // Every matter open here (taken in here or held here, counted once) by its due date.
    private readonly Dictionary<string, DateOnly?> _openDue = new(StringComparer.Ordinal);
    private readonly Dictionary<DateOnly, int> _openByDueDate = [];
    private int _handOffsInFlight;
    private DateOnly _day;
    private int _acceptedToday;
    private int _closedToday;
    private Queue.QueueFigures? _queue;

    public void SetTodayCounts(DateOnly day, int accepted, int closed) => (_day, _acceptedToday, _closedToday) = (day, accepted, closed);

    /// <param name="counted">
    /// The day's counts already hold this change: the tracker was seeded from the store after the
    /// change's commit (a change is announced only once committed), so the store's counts of the day
    /// include it and it must not be counted again.
    /// </param>
    public void Apply(MatterChanged change, DateOnly today, bool counted = false)
    {
        RollDay(today);
        var receipt = change.ReceiptNumber;
        if (change.PointCode == pointCode)
        {
            var known = _takenInHere.ContainsKey(receipt);
            if (!counted && (change.Version == 1 || (!known && change.Action is "Accepted" or "Received")))
            {
                _acceptedToday++;
            }

            if (change.IsClosed)
            {
                if (!counted && (known || change.Version == 1))
                {
                    _closedToday++;
                }

                SetTakenInHere(receipt, null);
            }
            else
            {
                SetTakenInHere(receipt, change);
            }
        }

        var held = !change.IsClosed && (change.CurrentPointCode == pointCode || change.OpenPartPoints.Contains(pointCode));
        SetHeldHere(receipt, held ? change : null);
    }

    /// <summary>Whether the matter is open here as far as the tracker knows (taken in or held here).</summary>
    public bool Knows(string receipt) => _takenInHere.ContainsKey(receipt) || _heldHere.ContainsKey(receipt);

    /// <summary>Loads what is open from the store, without counting it as today's intake.</summary>
    public void Seed(MatterChanged change)
    {
        if (change.PointCode == pointCode && !change.IsClosed)
        {
            SetTakenInHere(change.ReceiptNumber, change);
        }

        if (!change.IsClosed && change.CurrentPointCode == pointCode)
        {
            SetHeldHere(change.ReceiptNumber, change);
        }
    }

    /// <summary>The point's queue of the day: people waiting and since when (from the queue grain).</summary>
    public void SetQueue(Queue.QueueFigures figures)
    {
        if (_queue is null || figures.Date >= _queue.Date)
        {
            _queue = figures;
        }
    }

    public void ApplyChild(PointLoad childSubtree) => _children[childSubtree.PointCode] = childSubtree;

    public PointLoad Own(DateOnly today, WorkingDayCalendar calendar, DateTimeOffset now)
    {
        RollDay(today);
        int dueSoon = 0, overdue = 0;
        foreach (var (due, count) in _openByDueDate)
        {
            if (today > due)
            {
                overdue += count;
            }
            else if (today >= calendar.PreviousWorkingDay(due))
            {
                dueSoon += count;
            }
        }

        var queue = _queue is { } q && q.Date == today ? q : null;
        return new PointLoad(
            pointCode,
            Subtree: false,
            Queue: queue?.Waiting ?? 0,
            Open: _takenInHere.Count,
            DueSoon: dueSoon,
            Overdue: overdue,
            HandOffsInFlight: _handOffsInFlight,
            AcceptedToday: _acceptedToday,
            ClosedToday: _closedToday,
            AsOf: now)
        {
            LongestWaitMinutes = queue?.OldestWaitingSince is { } since && now > since ? (int)(now - since).TotalMinutes : 0,
            Held = _heldHere.Count,
        };
    }

    public PointLoad Subtree(PointLoad own)
    {
        var sum = own with { Subtree = true };
        foreach (var child in _children.Values)
        {
            sum = sum.Plus(child);
        }

        return sum;
    }

    private void SetTakenInHere(string receipt, MatterChanged? change)
    {
        if (_takenInHere.Remove(receipt, out var before) && before.Status == MatterStatus.HandedUp)
        {
            _handOffsInFlight--;
        }

        if (change is not null)
        {
            _takenInHere[receipt] = change;
            if (change.Status == MatterStatus.HandedUp)
            {
                _handOffsInFlight++;
            }
        }

        CountOpen(receipt);
    }

    private void SetHeldHere(string receipt, MatterChanged? change)
    {
        if (change is null)
        {
            _heldHere.Remove(receipt);
        }
        else
        {
            _heldHere[receipt] = change;
        }

        CountOpen(receipt);
    }

    /// <summary>Recounts one matter in the open-by-due-date figures (taken-in-here's version first, as a roll-up reads it).</summary>
    private void CountOpen(string receipt)
    {
        if (_openDue.Remove(receipt, out var before) && before is { } oldDue && --_openByDueDate[oldDue] == 0)
        {
            _openByDueDate.Remove(oldDue);
        }

        var open = _takenInHere.TryGetValue(receipt, out var taken) ? taken : _heldHere.GetValueOrDefault(receipt);
        if (open is null)
        {
            return;
        }

        _openDue[receipt] = open.DueDate;
        if (open.DueDate is { } due)
        {
            _openByDueDate[due] = _openByDueDate.GetValueOrDefault(due) + 1;
        }
    }

    private void RollDay(DateOnly today)
    {
        if (today != _day)
        {
            (_day, _acceptedToday, _closedToday) = (today, 0, 0);
        }
    }
}
