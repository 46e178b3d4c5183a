using System.Diagnostics.CodeAnalysis;

namespace Network.Grains.Interfaces.Citizens;

/// <summary>
/// The numbers of the mainland travel permits in their card form (the booklets they replaced have
/// all expired): 港澳居民来往内地通行证 (since 2013) H (Hong Kong) or M (Macao) and 8 digits;
/// 台湾居民来往大陆通行证 (since 2015) 8 digits.
/// </summary>
public static class TravelPermitNumber
{
    public static bool IsValid([NotNullWhen(true)] string? text, IdentityDocumentType type, [NotNullWhen(false)] out string? reason)
    {
        if (string.IsNullOrEmpty(text))
        {
            reason = "A travel permit number is required.";
            return false;
        }

        var upper = text.ToUpperInvariant();
        if (type == IdentityDocumentType.HongKongMacaoTravelPermit)
        {
            if (upper.Length != 9 || upper[0] is not ('H' or 'M') || upper.AsSpan(1).ContainsAnyExcept("0123456789"))
            {
                reason = "A mainland travel permit for Hong Kong and Macao residents is numbered H or M and 8 digits (e.g. H12345678).";
                return false;
            }
        }
        else if (upper.Length != 8 || upper.AsSpan().ContainsAnyExcept("0123456789"))
        {
            reason = "A mainland travel permit for Taiwan residents is numbered with 8 digits.";
            return false;
        }

        reason = null;
        return true;
    }
}
