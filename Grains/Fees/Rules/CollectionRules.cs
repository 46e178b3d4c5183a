using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Fees;
using Network.Grains.Interfaces.Matters;

namespace Network.Grains.Fees.Rules;

/// <summary>
/// The rules of a collection window (收费): charging a catalog fee for a matter in one step, bill
/// collection for third parties (代收), refunds (the director, with a reason) and the day's close
/// (日结). Pure: (state, command, context) → a change, or a <see cref="DomainException"/>.
/// </summary>
public static class CollectionRules
{
    public static CollectionChange Charge(CollectionDayState state, ChargeCommand command, CollectionContext context)
    {
        CollectionPolicy.Ensure(state, command.Actor, CollectionAction.Charge, context);
        var itemId = Require.Slug(command.ItemId, "itemId");
        var item = context.Item is { } found && found.Id == itemId
            ? found
            : throw DomainException.NotFound("itemId", "item.unknown", $"The catalog of {state.PointCode} has no item '{itemId}'.");
        if (item.FeeFen <= 0)
        {
            throw DomainException.Invalid("itemId", "fee.notCharged", $"{item.Name} is not charged (不收费).");
        }

        if (item.CollectsFor is not null)
        {
            throw DomainException.Invalid("itemId", "fee.isBill", $"{item.Name} is a bill collected for {item.CollectsFor}: collect it as a bill.");
        }

        if (item.WindowId != state.WindowId)
        {
            throw DomainException.Invalid("itemId", "fee.wrongWindow", $"{item.Name} is charged at window {item.WindowId}, not {state.WindowId}.");
        }

        if (item.FeeUnit is null && command.Quantity != 1)
        {
            throw DomainException.Invalid("quantity", "fee.quantity", $"{item.Name} is one fee per matter: the quantity is 1.");
        }

        var method = Method(command.Method);
        var amount = FeeSchedule.Times(item.FeeFen, command.Quantity, "quantity");
        var matter = CheckMatter(command.MatterReceiptNumber, item.Id, item.FeeInAdvance, context);
        if (state.Lines.Any(l => l.MatterReceiptNumber == matter.ReceiptNumber && !l.IsRefunded))
        {
            throw DomainException.Conflict("fee.alreadyCharged", $"Matter {matter.ReceiptNumber} is already charged today (一次性收费).", "matterReceiptNumber");
        }

        var sequence = state.Lines.Count + 1;
        var line = new CollectionLine(
            sequence,
            CollectionDayKey.ReceiptNumber(state.PointCode, state.WindowId, state.Date, sequence),
            CollectionLineKind.Fee,
            item.Id,
            item.Name,
            item.FeeFen,
            command.Quantity,
            amount,
            method,
            context.Now,
            command.Actor.Id,
            matter.ReceiptNumber,
            null,
            null,
            null,
            null);
        var change = new CollectionChange(state, context.Now, command.Actor.Id, context.Fingerprint);
        change.Record("charge", state with { Lines = [.. state.Lines, line] }, $"{line.ReceiptNumber} {item.Id} {amount} fen {method} matter {matter.ReceiptNumber}");
        return change;
    }

    public static CollectionChange CollectBill(CollectionDayState state, CollectBillCommand command, CollectionContext context)
    {
        CollectionPolicy.Ensure(state, command.Actor, CollectionAction.CollectBill, context);
        var itemId = Require.Slug(command.ItemId, "itemId");
        var item = context.Item is { } found && found.Id == itemId
            ? found
            : throw DomainException.NotFound("itemId", "item.unknown", $"The catalog of {state.PointCode} has no item '{itemId}'.");
        if (item.CollectsFor is null)
        {
            throw DomainException.Invalid("itemId", "bill.notCollected", $"{item.Name} is not a bill collected for a third party (代收).");
        }

        if (item.WindowId != state.WindowId)
        {
            throw DomainException.Invalid("itemId", "fee.wrongWindow", $"{item.Name} is collected at window {item.WindowId}, not {state.WindowId}.");
        }

        var account = Require.Text(command.AccountNumber, "accountNumber", 30);
        if (!account.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw DomainException.Invalid("accountNumber", "bill.account", "An account number is letters, digits and hyphens.");
        }

        var payer = Require.Text(command.PayerName, "payerName", 50);
        var amount = FeeSchedule.CheckedAmount(command.AmountFen, "amountFen");
        var method = Method(command.Method);
        var sequence = state.Lines.Count + 1;
        var line = new CollectionLine(
            sequence,
            CollectionDayKey.ReceiptNumber(state.PointCode, state.WindowId, state.Date, sequence),
            CollectionLineKind.Bill,
            item.Id,
            item.Name,
            amount,
            1,
            amount,
            method,
            context.Now,
            command.Actor.Id,
            null,
            item.CollectsFor,
            account,
            payer,
            null);
        var change = new CollectionChange(state, context.Now, command.Actor.Id, context.Fingerprint);
        change.Record("collectBill", state with { Lines = [.. state.Lines, line] }, $"{line.ReceiptNumber} {item.Id} {amount} fen {method}");
        return change;
    }

    public static CollectionChange Refund(CollectionDayState state, RefundCommand command, CollectionContext context)
    {
        CollectionPolicy.Ensure(state, command.Actor, CollectionAction.Refund, context);
        var reason = Require.Text(command.Reason, "reason", 500);
        var line = state.Find(command.ReceiptNumber ?? string.Empty)
            ?? throw DomainException.NotFound("receiptNumber", "receipt.unknown", $"The collection day has no receipt '{command.ReceiptNumber}'.");
        if (line.IsRefunded)
        {
            throw DomainException.Conflict("receipt.refunded", $"Receipt {line.ReceiptNumber} is already refunded.", "receiptNumber");
        }

        var refunded = line with { Refund = new LineRefund(context.Now, command.Actor.Id, reason) };
        var change = new CollectionChange(state, context.Now, command.Actor.Id, context.Fingerprint);
        change.Record("refund", state with { Lines = state.Lines.Select(l => l.Sequence == line.Sequence ? refunded : l).ToArray() }, $"{line.ReceiptNumber} {line.AmountFen} fen {line.Method}: {reason}");
        return change;
    }

    public static CollectionChange Close(CollectionDayState state, CloseDayCommand command, CollectionContext context)
    {
        CollectionPolicy.Ensure(state, command.Actor, CollectionAction.Close, context);
        if (command.CountedCashFen is < 0 or > FeeSchedule.MaxAmountFen * 10)
        {
            throw DomainException.Invalid("countedCashFen", "fee.amount", "The counted cash is a whole number of fen, 0 or more.");
        }

        var expected = state.ExpectedCashFen;
        var reason = string.IsNullOrWhiteSpace(command.DifferenceReason) ? null : Require.Text(command.DifferenceReason, "differenceReason", 500);
        if (command.CountedCashFen != expected && reason is null)
        {
            throw DomainException.Invalid(
                "differenceReason",
                "close.reasonRequired",
                $"The counted cash ({FeeSchedule.Yuan(command.CountedCashFen)} 元) differs from the ledger ({FeeSchedule.Yuan(expected)} 元): give the reason.");
        }

        var close = new DayClose(context.Now, command.Actor.Id, expected, command.CountedCashFen, reason);
        var change = new CollectionChange(state, context.Now, command.Actor.Id, context.Fingerprint);
        change.Record("close", state with { Status = CollectionDayStatus.Closed, Close = close }, $"expected {expected} fen, counted {command.CountedCashFen} fen, difference {close.DifferenceFen} fen{(reason is null ? string.Empty : ": " + reason)}");
        return change;
    }

    private static PaymentMethod Method(PaymentMethod method) =>
        Enum.IsDefined(method) ? method : throw DomainException.Invalid("method", "payment.method", "The payment method is Cash, Card or QrCode.");

    /// <summary>
    /// The matter a fee is for: of this item, and completed (收费 at completion) unless the item is
    /// charged in advance, when any matter not returned may be charged.
    /// </summary>
    private static MatterView CheckMatter(string? receiptNumber, string itemId, bool inAdvance, CollectionContext context)
    {
        if (string.IsNullOrWhiteSpace(receiptNumber))
        {
            throw DomainException.Invalid("matterReceiptNumber", "fee.matterRequired", "A fee is charged for a matter: give its receipt number.");
        }

        var matter = context.Matter is { } m && m.ReceiptNumber == receiptNumber
            ? m
            : throw DomainException.NotFound("matterReceiptNumber", "matter.unknown", $"There is no matter with receipt number {receiptNumber}.");
        if (matter.ItemId != itemId)
        {
            throw DomainException.Invalid("matterReceiptNumber", "fee.matterItem", $"Matter {receiptNumber} is for item {matter.ItemId}, not {itemId}.");
        }

        var chargeable = inAdvance
            ? matter.Status != MatterStatus.Returned
            : matter.Status is MatterStatus.Completed or MatterStatus.ResultReady;
        return chargeable
            ? matter
            : throw DomainException.Conflict(
                "fee.notYet",
                inAdvance ? $"Matter {receiptNumber} was returned: nothing is charged." : $"Matter {receiptNumber} is {matter.Status}: its fee is charged at completion.",
                "matterReceiptNumber");
    }
}
