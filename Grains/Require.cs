using System.Text.RegularExpressions;
using Network.Grains.Interfaces.Errors;

namespace Network.Grains;

/// <summary>Checks of input values that refuse with a <see cref="DomainException"/> naming the field.</summary>
internal static partial class Require
{
    public static string Text(string? value, string field, int maxLength = 200)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw DomainException.Invalid(field, "text.required", $"{field} is required.");
        }

        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            throw DomainException.Invalid(field, "text.tooLong", $"{field} has {trimmed.Length} characters; at most {maxLength} are allowed.");
        }

        if (trimmed.Any(char.IsControl))
        {
            throw DomainException.Invalid(field, "text.control", $"{field} contains control characters.");
        }

        return trimmed;
    }

    public static string Slug(string? value, string field)
    {
        if (value is null || !SlugPattern().IsMatch(value))
        {
            throw DomainException.Invalid(field, "id.invalid", $"{field} must be 1-64 lowercase letters, digits or hyphens, e.g. civil-affairs.");
        }

        return value;
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$")]
    private static partial Regex SlugPattern();
}
