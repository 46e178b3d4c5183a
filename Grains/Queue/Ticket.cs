using Network.Grains.Interfaces.Queue;

namespace Network.Grains.Queue;

/// <summary>
/// One ticket of a point's day (排队号), as stored in the day's queue. <see cref="Sequence"/> is
/// its place: the order it was taken in at the point, kept when it moves to another window.
/// </summary>
/// <param name="Number">What the citizen holds and the hall calls: prefix and number, e.g. A012.</param>
/// <param name="Prefix">The prefix of the window (service category) it was taken for.</param>
/// <param name="Sequence">Its place in the day's order at the point, from 1.</param>
/// <param name="WindowId">The window it waits for or is at now.</param>
public sealed record Ticket(
    string Number,
    string Prefix,
    int Sequence,
    string WindowId,
    TicketPriority Priority,
    TicketStatus Status,
    DateTimeOffset IssuedAt)
{
    /// <summary>How many times it has been called at its current window.</summary>
    public int Calls { get; init; }

    public DateTimeOffset? CalledAt { get; init; }

    /// <summary>The clerk who called it last.</summary>
    public string? CalledBy { get; init; }

    public DateTimeOffset? ServingAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>The matter taken in for it (回执号), once linked.</summary>
    public string? ReceiptNumber { get; init; }

    /// <summary>The booking code of the appointment it was checked in for (预约签到), if any.</summary>
    public string? AppointmentCode { get; init; }

    /// <summary>The window it was transferred from last, if any.</summary>
    public string? TransferredFrom { get; init; }

    /// <summary>Still in the hall's queue: waiting, called or being served.</summary>
    public bool IsActive => Status is TicketStatus.Waiting or TicketStatus.Called or TicketStatus.Serving;

    /// <summary>Priority tickets first, then the place: the calling order at a window.</summary>
    public (int, int) CallOrder => (Priority == TicketPriority.None ? 1 : 0, Sequence);

    public TicketView ToView() => new(Number, WindowId, Status, Priority, IssuedAt, Calls, CalledAt, ReceiptNumber, AppointmentCode, TransferredFrom);
}
