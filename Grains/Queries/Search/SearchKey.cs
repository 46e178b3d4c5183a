using System.Globalization;
using Network.Grains.Interfaces.Errors;

namespace Network.Grains.Queries.Search;

/// <summary>
/// The sort key of a search row and the keyset cursor made of it: the deadline
/// (<c>yyyy-MM-dd</c>, or <see cref="NoDeadline"/> for a matter without one, so it sorts last), then
/// the receipt number, which is unique, so the order is total and no row is seen twice or skipped.
/// </summary>
public sealed record SearchKey(string DueKey, string ReceiptNumber)
{
    /// <summary>The deadline key of a matter that has no deadline.</summary>
    public const string NoDeadline = "9999-12-31";

    public static SearchKey Of(DateOnly? dueDate, string receiptNumber) =>
        new(dueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? NoDeadline, receiptNumber);

    /// <summary>The cursor a page hands out: <c>{due}~{receipt}</c>.</summary>
    public override string ToString() => $"{DueKey}~{ReceiptNumber}";

    /// <summary>A cursor given back by a client, checked: a malformed one is refused naming <c>after</c>.</summary>
    public static SearchKey Parse(string text)
    {
        var parts = text.Split('~');
        if (parts.Length != 2
            || !DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            throw DomainException.Invalid("after", "after.invalid", "'after' is the 'next' of the page before, as it was given.");
        }

        Interfaces.Matters.ReceiptNumber.PointOf(parts[1], "after");
        return new SearchKey(parts[0], parts[1]);
    }
}
