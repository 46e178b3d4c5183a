using System.Diagnostics.CodeAnalysis;

namespace Network.Grains.Interfaces.Citizens;

/// <summary>
/// The number of a residence permit for Hong Kong, Macao and Taiwan residents (港澳台居民居住证,
/// 国办发〔2018〕81号): laid out like a resident ID number (birth date, sequence, GB 11643 check
/// character) with the region code 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan).
/// </summary>
public static class ResidencePermitNumber
{
    public const string HongKong = "810000";
    public const string Macao = "820000";
    public const string Taiwan = "830000";

    public static bool IsValid([NotNullWhen(true)] string? text, IdentityDocumentType type, [NotNullWhen(false)] out string? reason)
    {
        string[] prefixes = type == IdentityDocumentType.TaiwanResidencePermit ? [Taiwan] : [HongKong, Macao];
        if (!ResidentId.IsValid(text, out var idReason))
        {
            reason = idReason.Replace("resident ID number", "residence permit number", StringComparison.Ordinal);
            return false;
        }

        if (!prefixes.Any(p => text.StartsWith(p, StringComparison.Ordinal)))
        {
            reason = $"A {(type == IdentityDocumentType.TaiwanResidencePermit ? "Taiwan" : "Hong Kong or Macao")} residents' residence permit number starts with {string.Join(" or ", prefixes)}.";
            return false;
        }

        reason = null;
        return true;
    }
}
