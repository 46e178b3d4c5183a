using System.Security.Cryptography;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;

namespace Network.Grains.Interfaces.Cases;

/// <summary>
/// Numbers of the kinds of case that are not matters: <c>{point code}-{prefix}{yyyyMMdd}-{8 characters}</c>,
/// e.g. <c>510682101-TS20261130-7Q2M9XKD</c> for a complaint (投诉) lodged at 510682101. The prefix
/// names the kind (<see cref="Complaint"/>, <see cref="SupervisionOrder"/>, <see cref="Accountability"/>);
/// the random tail makes numbers unguessable and lets any gateway mint one without a counter.
/// </summary>
public static class CaseNumber
{
    /// <summary>投诉.</summary>
    public const string Complaint = "TS";

    /// <summary>督办.</summary>
    public const string SupervisionOrder = "DB";

    /// <summary>责任追究.</summary>
    public const string Accountability = "ZZ";

    /// <summary>咨询: a consultation, recorded without intake.</summary>
    public const string Consultation = "ZX";

    /// <summary>信访: a petition.</summary>
    public const string Petition = "XF";
    /// <summary>目录变更 (a change of a point's implementation list, for the city's approval).</summary>
    public const string CatalogChange = "ML";

    // Crockford-style alphabet, as receipt numbers: no I, L, O, U.
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New(string prefix, DivisionCode point, DateOnly day)
    {
        Span<char> tail = stackalloc char[8];
        for (var i = 0; i < tail.Length; i++)
        {
            tail[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return $"{point.Value}-{prefix}{day:yyyyMMdd}-{tail}";
    }

    /// <summary>The point a number was issued at, or a refusal (400 <c>{kind}.invalidNumber</c>) naming <paramref name="field"/>.</summary>
    public static DivisionCode PointOf(string prefix, string? number, string field = "number")
    {
        var example = $"110105003-{prefix}20261130-7Q2M9XKD";
        if (number is null || number.Length > 40)
        {
            throw DomainException.Invalid(field, "caseNumber.invalid", $"A number looks like {example}.");
        }

        var parts = number.Split('-');
        if (parts.Length != 3 || parts[1].Length != prefix.Length + 8 || !parts[1].StartsWith(prefix, StringComparison.Ordinal)
            || !parts[1][prefix.Length..].All(char.IsAsciiDigit) || parts[2].Length != 8 || !parts[2].All(c => Alphabet.Contains(c)))
        {
            throw DomainException.Invalid(field, "caseNumber.invalid", $"A number looks like {example}.");
        }

        return DivisionCode.Parse(parts[0], field);
    }
}
