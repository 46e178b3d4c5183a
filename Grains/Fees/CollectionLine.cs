using Network.Grains.Interfaces.Fees;

namespace Network.Grains.Fees;

/// <summary>
/// One receipt of a collection day as stored. A bill's account number and payer name are sealed
/// in the stored JSON (<see cref="CollectionJson"/>); views show them masked.
/// </summary>
public sealed record CollectionLine(
    int Sequence,
    string ReceiptNumber,
    CollectionLineKind Kind,
    string ItemId,
    string ItemName,
    long UnitFen,
    int Quantity,
    long AmountFen,
    PaymentMethod Method,
    DateTimeOffset At,
    string ClerkId,
    string? MatterReceiptNumber,
    string? Payee,
    string? AccountNumber,
    string? PayerName,
    LineRefund? Refund)
{
    public bool IsRefunded => Refund is not null;

    public CollectionLineView ToView() => new(
        ReceiptNumber,
        Kind,
        ItemId,
        ItemName,
        UnitFen,
        Quantity,
        AmountFen,
        Method,
        At,
        ClerkId,
        MatterReceiptNumber,
        Payee,
        AccountNumber is null ? null : Mask(AccountNumber, 4),
        PayerName is null ? null : Mask(PayerName, 0, keepFirst: 1),
        Refund);

    /// <summary>Keeps the first <paramref name="keepFirst"/> and last <paramref name="keepLast"/> characters, the rest as *.</summary>
    private static string Mask(string text, int keepLast, int keepFirst = 0)
    {
        if (text.Length <= keepFirst + keepLast)
        {
            return new string('*', text.Length);
        }

        return text[..keepFirst] + new string('*', text.Length - keepFirst - keepLast) + text[^keepLast..];
    }
}
