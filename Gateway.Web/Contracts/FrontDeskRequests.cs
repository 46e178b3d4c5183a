using Network.Grains.Interfaces.Duty;
using Network.Grains.Interfaces.Fees;

namespace Network.Gateway.Contracts;

// Bodies of the collection window and the duty roster. The acting clerk is never in a body.

/// <summary>Charge an item's fee for a matter; the amount is the catalog's fee × quantity (1 when the item has no unit).</summary>
public sealed record ChargeBody(string ItemId, string MatterReceiptNumber, PaymentMethod? Method, int Quantity = 1);

/// <summary>Collect a bill for a third party (代收): the item that collects for the payee, the bill's account, payer and amount in fen.</summary>
public sealed record CollectBillBody(string ItemId, string AccountNumber, string PayerName, long AmountFen, PaymentMethod? Method);

public sealed record RefundBody(string ReceiptNumber, string Reason);

/// <summary>The day's close (日结): the cash counted in fen; a reason when it differs from the ledger.</summary>
public sealed record CloseDayBody(long CountedCashFen, string? DifferenceReason = null);

/// <summary>The director's draft of a month's roster (an empty shift list: the default shifts).</summary>
public sealed record DraftRosterBody(IReadOnlyList<DutyAssignment> Assignments, IReadOnlyList<LeaderOnDuty> Leaders, IReadOnlyList<ShiftDefinition>? Shifts = null);

/// <summary>What the hall shows of a day's roster: no staff ids, only the public names on the post cards (岗位卡).</summary>
public sealed record PublicDutyDay(string PointCode, DateOnly Date, bool Published, IReadOnlyList<PublicDutyPost> Posts, LeaderOnDuty? Leader)
{
    public static PublicDutyDay From(DutyDay day) =>
        new(day.PointCode, day.Date, day.Published, day.Posts.Select(p => new PublicDutyPost(p.Kind, p.Start, p.End, p.WindowId, p.WindowName, p.ClerkName)).ToArray(), day.Leader);
}

public sealed record PublicDutyPost(ShiftKind Kind, TimeOnly Start, TimeOnly End, string? WindowId, string? WindowName, string ClerkName);
