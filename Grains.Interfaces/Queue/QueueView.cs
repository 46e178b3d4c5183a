namespace Network.Grains.Interfaces.Queue;

/// <summary>
/// A point's queue of one day as a member of staff sees it: the tickets (read: every ticket of the
/// day; the answer to a command: the tickets in the hall now — waiting, called, serving — and the one
/// it acted on) with what the asking actor may do with them now, and the windows the actor may call
/// for. No personal data (tickets carry none).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record QueueView(
    [property: Id(0)] string PointCode,
    [property: Id(1)] DateOnly Date,
    [property: Id(2)] IReadOnlyList<QueueCategory> Categories,
    [property: Id(3)] IReadOnlyList<TicketView> Tickets,
    [property: Id(4)] IReadOnlyList<QueueAllowedAction> AllowedActions,
    [property: Id(5)] int NoShowAfterCalls);

/// <summary>One ticket as staff see it.</summary>
[GenerateSerializer, Immutable]
public sealed record TicketView(
    [property: Id(0)] string Number,
    [property: Id(1)] string WindowId,
    [property: Id(2)] TicketStatus Status,
    [property: Id(3)] TicketPriority Priority,
    [property: Id(4)] DateTimeOffset IssuedAt,
    [property: Id(5)] int Calls,
    [property: Id(6)] DateTimeOffset? CalledAt,
    [property: Id(7)] string? ReceiptNumber,
    [property: Id(8)] string? AppointmentCode,
    [property: Id(9)] string? TransferredFrom);

/// <summary>An action the asking actor may take now: on a window (call next) or on a ticket (the rest).</summary>
[GenerateSerializer, Immutable]
public sealed record QueueAllowedAction(
    [property: Id(0)] QueueAction Action,
    [property: Id(1)] string WindowId,
    [property: Id(2)] string? Ticket = null);
