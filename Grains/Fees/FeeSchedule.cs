using Network.Grains.Interfaces.Errors;

namespace Network.Grains.Fees;

/// <summary>
/// Money rules shared by the catalog and the collection window: amounts are integer fen (分), never
/// floating point; arithmetic is checked; one receipt is at most <see cref="MaxAmountFen"/>.
/// </summary>
public static class FeeSchedule
{
    /// <summary>One million yuan in fen: the most one receipt (or one count of cash) may carry.</summary>
    public const long MaxAmountFen = 100_000_000L * 100L;

    /// <summary>The most units one fee may count (e.g. square metres of farmland).</summary>
    public const int MaxQuantity = 100_000;

    /// <summary>A catalog fee: 0 (不收费) up to <see cref="MaxAmountFen"/>.</summary>
    public static long CheckedFee(long fen, string field)
    {
        if (fen is < 0 or > MaxAmountFen)
        {
            throw DomainException.Invalid(field, "fee.amount", $"{field} must be 0 (不收费) to {MaxAmountFen} fen, in whole fen.");
        }

        return fen;
    }

    /// <summary>An amount paid: 1 fen up to <see cref="MaxAmountFen"/>.</summary>
    public static long CheckedAmount(long fen, string field)
    {
        if (fen is < 1 or > MaxAmountFen)
        {
            throw DomainException.Invalid(field, "fee.amount", $"{field} must be 1 to {MaxAmountFen} fen, in whole fen.");
        }

        return fen;
    }

    /// <summary>The fee of <paramref name="quantity"/> units at <paramref name="unitFen"/>, exact, or a refusal above the maximum.</summary>
    public static long Times(long unitFen, int quantity, string field)
    {
        if (quantity is < 1 or > MaxQuantity)
        {
            throw DomainException.Invalid(field, "fee.quantity", $"{field} must be 1 to {MaxQuantity}.");
        }

        // Both are bounded (1e10 × 1e5 < 9.2e18), so the product cannot overflow a long.
        var amount = unitFen * quantity;
        return amount <= MaxAmountFen
            ? amount
            : throw DomainException.Invalid(field, "fee.amount", $"{quantity} units at {unitFen} fen exceed the most one receipt may carry ({MaxAmountFen} fen).");
    }

    /// <summary>Yuan with two decimals, from fen, by integer arithmetic only (e.g. 12345 → "123.45").</summary>
    public static string Yuan(long fen)
    {
        var sign = fen < 0 ? "-" : string.Empty;
        var abs = Math.Abs(fen);
        return $"{sign}{abs / 100}.{abs % 100:00}";
    }
}
