using System.Diagnostics.CodeAnalysis;

namespace Network.Grains.Interfaces.Citizens;

/// <summary>
/// The unified social credit code of an organisation (统一社会信用代码, GB 32100-2015): 18 characters
/// from 0-9 and the capitals without I, O, S, V and Z: the registering authority (1), the kind of
/// organisation (1), the registering office's division code (6 digits), the subject's identifier
/// (9, the old organisation code) and a check character: with the characters' values cᵢ and the
/// weights wᵢ = 3^(i-1) mod 31, the check is 31 − (Σ cᵢwᵢ mod 31), 31 written as 0.
/// </summary>
public static class UnifiedSocialCreditCode
{
    /// <summary>The 31 characters of the code, each worth its position.</summary>
    private const string Characters = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static bool IsValid([NotNullWhen(true)] string? text, [NotNullWhen(false)] out string? reason)
    {
        if (string.IsNullOrEmpty(text))
        {
            reason = "A unified social credit code is required.";
            return false;
        }

        if (text.Length != 18)
        {
            reason = $"A unified social credit code has 18 characters; this one has {text.Length}.";
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Characters.IndexOf(char.ToUpperInvariant(text[i]));
            if (value < 0)
            {
                reason = $"Character {i + 1} ('{text[i]}') is not used in unified social credit codes (digits and capitals without I, O, S, V, Z).";
                return false;
            }

            if (i is >= 2 and <= 7 && value > 9)
            {
                reason = "Characters 3-8 of a unified social credit code are the registering office's division code (digits).";
                return false;
            }

            sum += value * Weights[i];
        }

        var check = 31 - (sum % 31);
        var expected = Characters[check == 31 ? 0 : check];
        if (char.ToUpperInvariant(text[17]) != expected)
        {
            reason = "The check character (the 18th) of this unified social credit code is wrong (GB 32100).";
            return false;
        }

        reason = null;
        return true;
    }
}
