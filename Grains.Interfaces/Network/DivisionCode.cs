using System.Diagnostics.CodeAnalysis;
using Network.Grains.Interfaces.Errors;

namespace Network.Grains.Interfaces.Network;

/// <summary>
/// A statistical division code (统计用区划代码) naming a service point: 6 digits for a
/// county-level city, 9 for a township (6 + 3), 12 for a village (6 + 3 + 3). The parent of a
/// point is the code's prefix, so the tree needs no other lookup.
/// </summary>
[GenerateSerializer, Immutable]
public readonly record struct DivisionCode
{
    // First two digits of every province-level division (GB/T 2260).
    private static readonly HashSet<int> ProvincePrefixes =
    [
        11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37,
        41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82,
    ];

    private DivisionCode(string value) => Value = value;

    [Id(0)]
    public string Value { get; }

    /// <summary>The tier the code's length names.</summary>
    public Tier Tier => Value.Length switch
    {
        6 => Tier.City,
        9 => Tier.Township,
        _ => Tier.Village,
    };

    /// <summary>The point directly above, or null for a city.</summary>
    public DivisionCode? Parent => Value.Length switch
    {
        12 => new DivisionCode(Value[..9]),
        9 => new DivisionCode(Value[..6]),
        _ => null,
    };

    /// <summary>True when <paramref name="other"/> is this point or lies below it.</summary>
    public bool Contains(DivisionCode other) => other.Value.StartsWith(Value, StringComparison.Ordinal);

    /// <summary>Whether the point coded <paramref name="point"/> is <paramref name="ancestor"/> or lies below it (codes are prefixes).</summary>
    public static bool IsWithin(string point, string ancestor) =>
        ancestor.Length is 6 or 9 or 12 && point.StartsWith(ancestor, StringComparison.Ordinal);

    public static bool TryParse(string? text, out DivisionCode code, [NotNullWhen(false)] out string? reason)
    {
        code = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            reason = "A division code is required.";
            return false;
        }

        if (text.Length is not (6 or 9 or 12))
        {
            reason = $"A division code has 6 (city), 9 (township) or 12 (village) digits; '{Shorten(text)}' has {text.Length} characters.";
            return false;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                reason = $"A division code has digits only; '{Shorten(text)}' does not.";
                return false;
            }
        }

        if (!ProvincePrefixes.Contains(int.Parse(text.AsSpan(0, 2), provider: null)))
        {
            reason = $"'{text[..2]}' is not a province-level division (GB/T 2260).";
            return false;
        }

        if (text.AsSpan(2, 4) is "0000")
        {
            reason = "A service point's code names a city or county, not a whole province.";
            return false;
        }

        if (text.Length >= 9 && text.AsSpan(6, 3) is "000")
        {
            reason = "The township part (digits 7-9) of a division code cannot be 000.";
            return false;
        }

        if (text.Length == 12 && text.AsSpan(9, 3) is "000")
        {
            reason = "The village part (digits 10-12) of a division code cannot be 000.";
            return false;
        }

        code = new DivisionCode(text);
        reason = null;
        return true;
    }

    /// <summary>Parses or refuses with a <see cref="DomainException"/> naming <paramref name="field"/>.</summary>
    public static DivisionCode Parse(string? text, string field = "code") =>
        TryParse(text, out var code, out var reason)
            ? code
            : throw DomainException.Invalid(field, "divisionCode.invalid", reason);

    public override string ToString() => Value ?? string.Empty;

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
