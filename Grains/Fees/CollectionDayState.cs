using Network.Grains.Interfaces.Fees;

namespace Network.Grains.Fees;

/// <summary>
/// A window's collection day as stored (case kind <c>collection-day</c>): its receipts in order, the
/// close once made. Immutable; every command makes a new state.
/// </summary>
public sealed record CollectionDayState(
    string PointCode,
    string WindowId,
    DateOnly Date,
    CollectionDayStatus Status,
    IReadOnlyList<CollectionLine> Lines,
    DayClose? Close,
    DateTimeOffset? OpenedAt,
    int Version,
    int LedgerSequence,
    string? LastCommandFingerprint)
{
    /// <summary>Whether the day is closed (日结): defined here and only here.</summary>
    public bool IsClosed => Status == CollectionDayStatus.Closed;

    public static CollectionDayState Empty(string pointCode, string windowId, DateOnly date) =>
        new(pointCode, windowId, date, CollectionDayStatus.Open, [], null, null, 0, 0, null);

    /// <summary>The cash the ledger expects in the drawer: cash taken less cash refunded.</summary>
    public long ExpectedCashFen => Lines.Where(l => l.Method == PaymentMethod.Cash && !l.IsRefunded).Sum(l => l.AmountFen);

    /// <summary>What the day collected and kept: every receipt not refunded.</summary>
    public long NetFen => Lines.Where(l => !l.IsRefunded).Sum(l => l.AmountFen);

    public CollectionLine? Find(string receiptNumber) => Lines.FirstOrDefault(l => l.ReceiptNumber == receiptNumber);

    public CollectionDayView ToView(IReadOnlyList<CollectionAction> allowed) => new(
        PointCode,
        WindowId,
        Date,
        Status,
        Lines.Select(l => l.ToView()).ToArray(),
        Totals(Lines, l => l.ItemId, l => l.ItemName),
        Totals(Lines, l => l.Method.ToString(), l => l.Method.ToString()),
        Totals(Lines.Where(l => l.Kind == CollectionLineKind.Bill), l => l.ItemId, l => l.Payee ?? l.ItemName),
        NetFen,
        ExpectedCashFen,
        Close,
        allowed);

    private static CollectionTotal[] Totals(IEnumerable<CollectionLine> lines, Func<CollectionLine, string> key, Func<CollectionLine, string> label) =>
        lines.GroupBy(key, StringComparer.Ordinal)
            .Select(g => new CollectionTotal(
                g.Key,
                label(g.First()),
                g.Count(),
                g.Sum(l => l.AmountFen),
                g.Where(l => l.IsRefunded).Sum(l => l.AmountFen)))
            .OrderBy(t => t.Key, StringComparer.Ordinal)
            .ToArray();
}
