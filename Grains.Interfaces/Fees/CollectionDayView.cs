namespace Network.Grains.Interfaces.Fees;

/// <summary>
/// A window's collection day as one actor sees it (收费台账): every line, the totals by item, by
/// method and by payee, the close if any, and what the actor may do now. Money in integer fen.
/// The payer's name and account number of a bill are masked.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CollectionDayView(
    [property: Id(0)] string PointCode,
    [property: Id(1)] string WindowId,
    [property: Id(2)] DateOnly Date,
    [property: Id(3)] CollectionDayStatus Status,
    [property: Id(4)] IReadOnlyList<CollectionLineView> Lines,
    [property: Id(5)] IReadOnlyList<CollectionTotal> ByItem,
    [property: Id(6)] IReadOnlyList<CollectionTotal> ByMethod,
    [property: Id(7)] IReadOnlyList<CollectionTotal> ByPayee,
    [property: Id(8)] long NetFen,
    [property: Id(9)] long ExpectedCashFen,
    [property: Id(10)] DayClose? Close,
    [property: Id(11)] IReadOnlyList<CollectionAction> AllowedActions)
{
    public bool IsClosed => Status == CollectionDayStatus.Closed;
}

/// <summary>One receipt of the day.</summary>
[GenerateSerializer, Immutable]
public sealed record CollectionLineView(
    [property: Id(0)] string ReceiptNumber,
    [property: Id(1)] CollectionLineKind Kind,
    [property: Id(2)] string ItemId,
    [property: Id(3)] string ItemName,
    [property: Id(4)] long UnitFen,
    [property: Id(5)] int Quantity,
    [property: Id(6)] long AmountFen,
    [property: Id(7)] PaymentMethod Method,
    [property: Id(8)] DateTimeOffset At,
    [property: Id(9)] string ClerkId,
    [property: Id(10)] string? MatterReceiptNumber,
    [property: Id(11)] string? Payee,
    [property: Id(12)] string? MaskedAccountNumber,
    [property: Id(13)] string? MaskedPayerName,
    [property: Id(14)] LineRefund? Refund);

/// <summary>A refund of a line (退费): when, by which director, why.</summary>
[GenerateSerializer, Immutable]
public sealed record LineRefund(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string DirectorId,
    [property: Id(2)] string Reason);

/// <summary>One total of the day: receipts counted, collected, refunded, and what remains (net), in fen.</summary>
[GenerateSerializer, Immutable]
public sealed record CollectionTotal(
    [property: Id(0)] string Key,
    [property: Id(1)] string Label,
    [property: Id(2)] int Receipts,
    [property: Id(3)] long CollectedFen,
    [property: Id(4)] long RefundedFen)
{
    public long NetFen => CollectedFen - RefundedFen;
}

/// <summary>The day's close (日结): the cash the ledger expects, the cash counted, the difference and its reason.</summary>
[GenerateSerializer, Immutable]
public sealed record DayClose(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string ActorId,
    [property: Id(2)] long ExpectedCashFen,
    [property: Id(3)] long CountedCashFen,
    [property: Id(4)] string? DifferenceReason)
{
    public long DifferenceFen => CountedCashFen - ExpectedCashFen;
}
