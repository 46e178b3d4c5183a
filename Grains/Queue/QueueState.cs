using Network.Grains.Interfaces.Queue;

namespace Network.Grains.Queue;

/// <summary>
/// A point's queue of one day, as stored in the case store (kind <c>queue</c>, id
/// <c>{point}/{date}</c>): every ticket taken that day in the order taken, and the number of
/// the last call (every call and recall gets the next one, so a hall display speaks each once).
/// </summary>
public sealed record QueueState(string PointCode, DateOnly Date)
{
    public IReadOnlyList<Ticket> Tickets { get; init; } = [];

    /// <summary>The id of the day's last call or recall (0: none yet).</summary>
    public long LastCallId { get; init; }

    /// <summary>The latest calls (newest last), for the hall display; at most <see cref="RecentCallsKept"/>.</summary>
    public IReadOnlyList<TicketCall> RecentCalls { get; init; } = [];

    public int Version { get; init; }

    public int LedgerSequence { get; init; }

    public const int RecentCallsKept = 6;

    /// <summary>
    /// Closed when nobody is in the hall's queue (no ticket waiting, called or being served): the
    /// one definition of "open" for a queue, stored as <c>is_open</c>.
    /// </summary>
    public bool IsClosed => !Tickets.Any(t => t.IsActive);

    public Ticket? Find(string number) => Tickets.FirstOrDefault(t => t.Number == number);

    /// <summary>The tickets waiting at <paramref name="windowId"/> in calling order.</summary>
    public IEnumerable<Ticket> WaitingAt(string windowId) =>
        Tickets.Where(t => t.WindowId == windowId && t.Status == TicketStatus.Waiting).OrderBy(t => t.CallOrder);

    /// <summary>The ticket called to or being served at <paramref name="windowId"/>, if any.</summary>
    public Ticket? AtWindow(string windowId) =>
        Tickets.FirstOrDefault(t => t.WindowId == windowId && t.Status is TicketStatus.Called or TicketStatus.Serving);

    public QueueState With(Ticket ticket) => this with
    {
        Tickets = Tickets.Select(t => t.Number == ticket.Number ? ticket : t).ToArray(),
    };
}
