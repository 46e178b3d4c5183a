using System.Security.Cryptography;
using System.Text;
using Network.Grains.Interfaces.Errors;

namespace Network.Grains.Interfaces.Matters;

/// <summary>
/// The progress code (查询码): eight characters drawn at intake from a CSPRNG, printed on the
/// receipt slip and shown to the clerk, and with the receipt number the citizen's key to the public
/// progress lookup. Its alphabet is the receipt number's (Crockford's base 32: no I, L, O or U), so
/// a code read aloud or copied by hand is not misread; 32⁸ ≈ 1.1 × 10¹² codes. Lower case, spaces
/// and hyphens are accepted, and O, I and L are read as 0, 1 and 1.
/// </summary>
public static class ProgressCode
{
    public const int Length = 8;

    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>A new code (eight characters, no separator).</summary>
    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>The eight characters of <paramref name="text"/> as stored, or a refusal naming <paramref name="field"/>.</summary>
    public static string Normalize(string? text, string field = "code")
    {
        var code = new StringBuilder(Length);
        foreach (var c in text ?? string.Empty)
        {
            if (c is '-' or ' ')
            {
                continue;
            }

            var upper = char.ToUpperInvariant(c) switch
            {
                'O' => '0',
                'I' or 'L' => '1',
                var other => other,
            };
            if (code.Length == Length || !Alphabet.Contains(upper))
            {
                throw Invalid(field);
            }

            code.Append(upper);
        }

        return code.Length == Length ? code.ToString() : throw Invalid(field);
    }

    /// <summary>Whether <paramref name="given"/> (normalised) is <paramref name="stored"/>, in time that does not depend on where they differ; false when there is no stored code.</summary>
    public static bool Matches(string? stored, string given)
    {
        // A matter without a code (taken in before codes existed) compares against a stand-in, so
        // it answers in the same time as one with a code.
        var expected = Encoding.ASCII.GetBytes(stored ?? "--------");
        var actual = Encoding.ASCII.GetBytes(given);
        return CryptographicOperations.FixedTimeEquals(expected, actual) && stored is not null;
    }

    private static DomainException Invalid(string field) =>
        DomainException.Invalid(field, "code.invalid", "A progress code has 8 characters (letters and digits), as printed on the receipt slip: 7Q2M-9XKD.");
}
