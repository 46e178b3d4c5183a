using Network.Grains.Interfaces.Errors;

namespace Network.Grains;

/// <summary>Checks of the oversight kinds' inputs (complaints, supervision orders, accountability).</summary>
internal static partial class Require
{
    /// <summary>A phone number as people write it: digits, optionally one leading +, hyphens or spaces between; 3 to 20 characters, at least 3 digits.</summary>
    public static string Phone(string? value, string field)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            throw DomainException.Invalid(field, "text.required", $"{field} is required.");
        }

        var body = text.StartsWith('+') ? text[1..] : text;
        if (text.Length is < 3 or > 20 || !body.All(c => char.IsAsciiDigit(c) || c is '-' or ' ') || body.Count(char.IsAsciiDigit) < 3)
        {
            throw DomainException.Invalid(field, "phone.invalid", $"{field} must be a phone number of 3 to 20 digits (hyphens allowed), e.g. 0838-8201234 or 13800138000.");
        }

        return text;
    }

    /// <summary>Working days of a deadline, from 1 to <paramref name="max"/>.</summary>
    public static int WorkingDays(int value, string field, int max) =>
        value >= 1 && value <= max
            ? value
            : throw DomainException.Invalid(field, "workingDays.range", $"{field} is 1 to {max} working days; {value} is not.");
}
