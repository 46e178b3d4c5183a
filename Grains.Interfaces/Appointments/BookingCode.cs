using System.Globalization;
using System.Security.Cryptography;
using Network.Grains.Interfaces.Errors;

namespace Network.Grains.Interfaces.Appointments;

/// <summary>
/// A booking code (预约码): the slot's month and day and four random characters, e.g.
/// <c>1202-K7F3</c> — short enough to type on the kiosk, and naming the day whose book holds it
/// (bookings reach at most a few weeks ahead, so month and day name one date).
/// </summary>
public static class BookingCode
{
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string New(DateOnly day) =>
        day.ToString("MMdd", CultureInfo.InvariantCulture) + "-" + new string(RandomNumberGenerator.GetItems<char>(Alphabet, 4));

    /// <summary>The code in its one written form (upper case, trimmed), or a 400 naming <paramref name="field"/>.</summary>
    public static string Normalize(string? code, string field = "code")
    {
        var text = (code ?? string.Empty).Trim().ToUpperInvariant();
        if (text.Length == 8 && !text.Contains('-', StringComparison.Ordinal))
        {
            text = text[..4] + "-" + text[4..];
        }

        if (text.Length != 9 || text[4] != '-' || !text[..4].All(char.IsAsciiDigit) || !text[5..].All(c => Alphabet.Contains(c, StringComparison.Ordinal))
            || !DateOnly.TryParseExact("2024" + text[..4], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            throw DomainException.Invalid(field, "appointment.codeMalformed", "A booking code is four digits, a dash and four letters or digits, e.g. 1202-K7F3.");
        }

        return text;
    }

    /// <summary>The day of a (normalized) code: the first date from <paramref name="today"/> minus one day with its month and day.</summary>
    public static DateOnly DayOf(string code, DateOnly today)
    {
        var month = int.Parse(code[..2], CultureInfo.InvariantCulture);
        var day = int.Parse(code[2..4], CultureInfo.InvariantCulture);
        for (var d = today.AddDays(-1); d <= today.AddDays(366); d = d.AddDays(1))
        {
            if (d.Month == month && d.Day == day)
            {
                return d;
            }
        }

        throw DomainException.Invalid("code", "appointment.codeMalformed", "The booking code names no date.");
    }
}
