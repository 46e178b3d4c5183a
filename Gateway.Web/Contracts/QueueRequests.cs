using Network.Grains.Interfaces.Queue;

namespace Network.Gateway.Contracts;

// Bodies of the queue's operations (叫号). The acting clerk is never in a body: it is the signed-in user.

/// <summary>A ticket from the kiosk: the window (service category) and, for 绿色通道, why it goes first.</summary>
public sealed record TakeTicketBody(string WindowId, TicketPriority Priority = TicketPriority.None);

public sealed record CallNextBody(string WindowId);

public sealed record TransferTicketBody(string ToWindowId);

/// <summary>Serving starts or ends; the receipt number of the matter taken in, if any yet.</summary>
public sealed record ServeTicketBody(string? ReceiptNumber = null);
