using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;

namespace Network.Grains.Interfaces.Ratings;

/// <summary>
/// A rating's id names its matter and its occasion, so there can never be two ratings for one
/// occasion: <c>{receipt}/c{n}</c> for the counter occasion that began with the matter's ledger
/// row <c>n</c> (一次一评), <c>{receipt}/closing</c> for the rating once the matter is closed (一事一评).
/// A rectification has its bad rating's id.
/// </summary>
public static class RatingIds
{
    public const string ClosingOccasion = "closing";

    public static string Counter(string receiptNumber, int ledgerSequence) => $"{receiptNumber}/c{ledgerSequence}";

    public static string Closing(string receiptNumber) => $"{receiptNumber}/{ClosingOccasion}";

    /// <summary>The receipt number of a rating id, checked, or a refusal naming <c>ratingId</c>.</summary>
    public static string ReceiptOf(string ratingId)
    {
        var slash = ratingId?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        if (slash <= 0)
        {
            throw Malformed(ratingId);
        }

        var receipt = ratingId![..slash];
        var occasion = ratingId[(slash + 1)..];
        var counter = occasion.Length > 1 && occasion[0] == 'c' && occasion[1..].All(char.IsAsciiDigit) && occasion.Length <= 7;
        if (!counter && occasion != ClosingOccasion)
        {
            throw Malformed(ratingId);
        }

        try
        {
            ReceiptNumber.PointOf(receipt);
        }
        catch (DomainException)
        {
            throw Malformed(ratingId);
        }

        return receipt;
    }

    /// <summary>The occasion part of a rating id (<c>c{n}</c> or <c>closing</c>).</summary>
    public static string OccasionOf(string ratingId) => ratingId[(ratingId.IndexOf('/', StringComparison.Ordinal) + 1)..];

    private static DomainException Malformed(string? ratingId) =>
        DomainException.Invalid("ratingId", "rating.idInvalid", $"'{ratingId}' is not a rating id ({{receipt}}/c{{n}} or {{receipt}}/closing).");
}
