using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Network.Grains.Interfaces.Errors;

namespace Network.Grains.Interfaces.Citizens;

/// <summary>
/// The citizen's resident identity number (公民身份号码, GB 11643-1999): 6-digit region,
/// 8-digit birth date, 3-digit sequence and an ISO 7064 MOD 11-2 check character (0-9 or X).
/// </summary>
public static class ResidentId
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    public static bool IsValid([NotNullWhen(true)] string? text, [NotNullWhen(false)] out string? reason)
    {
        if (string.IsNullOrEmpty(text))
        {
            reason = "A resident ID number is required.";
            return false;
        }

        if (text.Length != 18)
        {
            reason = $"A resident ID number has 18 characters; this one has {text.Length}.";
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var c = text[i];
            if (c is < '0' or > '9')
            {
                reason = "The first 17 characters of a resident ID number are digits.";
                return false;
            }

            sum += (c - '0') * Weights[i];
        }

        if (!DateOnly.TryParseExact(text.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth.Year < 1900)
        {
            reason = "Characters 7-14 of a resident ID number are a birth date (yyyyMMdd); these are not.";
            return false;
        }

        var expected = CheckCharacters[sum % 11];
        if (char.ToUpperInvariant(text[17]) != expected)
        {
            reason = "The check character (the 18th) of this resident ID number is wrong (GB 11643).";
            return false;
        }

        reason = null;
        return true;
    }

    /// <summary>Validates and normalises (upper-case X), or refuses naming <paramref name="field"/>.</summary>
    public static string Normalize(string? text, string field = "citizen.residentId") =>
        IsValid(text, out var reason)
            ? text.ToUpperInvariant()
            : throw DomainException.Invalid(field, "residentId.invalid", reason);

    /// <summary>The form shown in logs and listings: the first three and last four characters.</summary>
    public static string Mask(string? text) =>
        text is { Length: 18 } ? string.Concat(text.AsSpan(0, 3), new string('*', 11), text.AsSpan(14, 4)) : "******";
}
