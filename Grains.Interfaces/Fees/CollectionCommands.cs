using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Interfaces.Fees;

/// <summary>
/// Charge the fee of <paramref name="ItemId"/> for the matter <paramref name="MatterReceiptNumber"/>
/// (at completion, or at intake where the item is charged in advance). The amount is the catalog's
/// fee times <paramref name="Quantity"/> (units of the item's fee unit; 1 for a fee per matter):
/// never typed by the clerk.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ChargeCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string ItemId,
    [property: Id(2)] string MatterReceiptNumber,
    [property: Id(3)] int Quantity,
    [property: Id(4)] PaymentMethod Method);

/// <summary>
/// Collect a bill for a third party (代收): the payee is the catalog item that collects for it; the
/// payer's name and account number are sealed in the stored day; the amount is the bill's, in fen.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CollectBillCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string ItemId,
    [property: Id(2)] string AccountNumber,
    [property: Id(3)] string PayerName,
    [property: Id(4)] long AmountFen,
    [property: Id(5)] PaymentMethod Method);

/// <summary>Refund a receipt of the day (退费): the point's director, with a reason.</summary>
[GenerateSerializer, Immutable]
public sealed record RefundCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string ReceiptNumber,
    [property: Id(2)] string Reason);

/// <summary>
/// Close the day (日结): the cash counted in the drawer against the cash the ledger expects; a
/// difference needs a reason. The day is locked afterwards.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CloseDayCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] long CountedCashFen,
    [property: Id(2)] string? DifferenceReason);
