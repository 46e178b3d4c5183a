using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Network.Grains.Interfaces.Citizens;

/// <summary>
/// A passport's number with its issuing state (ICAO 9303 three-letter code, e.g. CHN, USA, GBR;
/// Germany's is D). A Chinese passport (CHN) is numbered E and 8 digits, E, a letter (not I or O)
/// and 7 digits (since 2019), G and 8 digits (older ordinary passports), or D, S, P, DE, SE or PE
/// and 7 digits (diplomatic, service and public-affairs passports); any other state's passport has
/// ICAO 9303's document number field: 5 to 9 capitals and digits with at least one digit.
/// </summary>
public static partial class PassportNumber
{
    public static bool IsValid([NotNullWhen(true)] string? text, string? issuingState, [NotNullWhen(false)] out string? reason)
    {
        var state = issuingState?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(state) || !IssuingState().IsMatch(state))
        {
            reason = "A passport's issuing state is its ICAO three-letter code (e.g. CHN, USA; Germany D).";
            return false;
        }

        if (string.IsNullOrEmpty(text))
        {
            reason = "A passport number is required.";
            return false;
        }

        var upper = text.ToUpperInvariant();
        if (state == "CHN")
        {
            if (!Chinese().IsMatch(upper))
            {
                reason = "A Chinese passport is numbered E and 8 digits, E, a letter and 7 digits, G and 8 digits, or D/S/P/DE/SE/PE and 7 digits.";
                return false;
            }
        }
        else if (!Foreign().IsMatch(upper) || !upper.Any(char.IsAsciiDigit))
        {
            reason = "A passport number (ICAO 9303) has 5 to 9 capitals and digits, at least one a digit.";
            return false;
        }

        reason = null;
        return true;
    }

    [GeneratedRegex("^([A-Z]{3}|D)$")]
    private static partial Regex IssuingState();

    [GeneratedRegex("^(E[0-9]{8}|E[A-HJ-NP-Z][0-9]{7}|G[0-9]{8}|(D|S|P|DE|SE|PE)[0-9]{7})$")]
    private static partial Regex Chinese();

    [GeneratedRegex("^[A-Z0-9]{5,9}$")]
    private static partial Regex Foreign();
}
