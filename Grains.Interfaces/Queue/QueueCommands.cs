using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Interfaces.Queue;

/// <summary>Take a ticket for a window (its service category) at the point (取号).</summary>
[GenerateSerializer, Immutable]
public sealed record IssueTicketCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string WindowId,
    [property: Id(2)] TicketPriority Priority);

/// <summary>Call the next waiting ticket of <paramref name="WindowId"/> (叫号).</summary>
[GenerateSerializer, Immutable]
public sealed record CallNextCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string WindowId);

/// <summary>Call the called ticket again (重呼).</summary>
[GenerateSerializer, Immutable]
public sealed record RecallCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string Ticket);

/// <summary>The ticket was called the set number of times and nobody came (过号).</summary>
[GenerateSerializer, Immutable]
public sealed record MarkNoShowCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string Ticket);

/// <summary>Send the ticket to another window; it keeps its place (the order it was taken in).</summary>
[GenerateSerializer, Immutable]
public sealed record TransferTicketCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string Ticket,
    [property: Id(2)] string ToWindowId);

/// <summary>The citizen is at the window; <paramref name="ReceiptNumber"/> is the matter taken in, if any yet.</summary>
[GenerateSerializer, Immutable]
public sealed record StartServingCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string Ticket,
    [property: Id(2)] string? ReceiptNumber);

/// <summary>Serving is over; <paramref name="ReceiptNumber"/> links the matter taken in if serving did not.</summary>
[GenerateSerializer, Immutable]
public sealed record FinishTicketCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string Ticket,
    [property: Id(2)] string? ReceiptNumber);
