using System.Globalization;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;

namespace Network.Grains.Interfaces.Fees;

/// <summary>
/// The keys of collection days and the receipt numbers they issue. A receipt number is
/// <c>{point code}-{window id}-{yyyyMMdd}-{nnnn}</c>: sequential per window per day from 0001, so it
/// is unique in the network and names the day that holds it (and the day's grain).
/// </summary>
public static class CollectionDayKey
{
    public static string Of(string pointCode, string windowId, DateOnly date) =>
        $"{pointCode}/{windowId}/{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    /// <summary>The parts of a day's key; throws <see cref="FormatException"/> for a malformed one.</summary>
    public static (string PointCode, string WindowId, DateOnly Date) Parse(string key)
    {
        var parts = key.Split('/');
        if (parts.Length != 3 || !DivisionCode.TryParse(parts[0], out _, out _)
            || !DateOnly.TryParseExact(parts[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new FormatException($"'{key}' is not a collection day key (point/window/yyyy-MM-dd).");
        }

        return (parts[0], parts[1], date);
    }

    public static string ReceiptNumber(string pointCode, string windowId, DateOnly date, int sequence) =>
        $"{pointCode}-{windowId}-{date.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-{sequence.ToString("0000", CultureInfo.InvariantCulture)}";

    /// <summary>The day's key of a receipt number; a malformed number is refused as <c>receipt.invalid</c> (field <paramref name="field"/>).</summary>
    public static string DayOfReceipt(string? receiptNumber, string field = "receiptNumber")
    {
        var parts = (receiptNumber ?? string.Empty).Split('-');
        if (parts.Length >= 4
            && DivisionCode.TryParse(parts[0], out _, out _)
            && DateOnly.TryParseExact(parts[^2], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && parts[^1].Length >= 4 && parts[^1].All(char.IsAsciiDigit))
        {
            return Of(parts[0], string.Join('-', parts[1..^2]), date);
        }

        throw DomainException.Invalid(field, "receipt.invalid", $"'{receiptNumber}' is not a fee receipt number (point-window-yyyyMMdd-nnnn).");
    }
}
