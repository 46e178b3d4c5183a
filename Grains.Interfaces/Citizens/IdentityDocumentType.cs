namespace Network.Grains.Interfaces.Citizens;

/// <summary>
/// The document an applicant (办事人) proves who they are with (证件类型). A natural person applies
/// with one of the personal documents, an organisation with its unified social credit code.
/// </summary>
public enum IdentityDocumentType
{
    /// <summary>Resident identity card (居民身份证), GB 11643: the default when nothing else is said.</summary>
    ResidentIdCard = 0,

    /// <summary>Unified social credit code (统一社会信用代码), GB 32100-2015: an organisation.</summary>
    UnifiedSocialCreditCode = 1,

    /// <summary>Passport (护照): a Chinese (E…/G…) or foreign one (ICAO 9303) with its issuing state.</summary>
    Passport = 2,

    /// <summary>Residence permit for Hong Kong and Macao residents (港澳居民居住证): 810000/820000 + the ID's layout.</summary>
    HongKongMacaoResidencePermit = 3,

    /// <summary>Residence permit for Taiwan residents (台湾居民居住证): 830000 + the ID's layout.</summary>
    TaiwanResidencePermit = 4,

    /// <summary>Mainland travel permit for Hong Kong and Macao residents (港澳居民来往内地通行证): H or M and 8 digits.</summary>
    HongKongMacaoTravelPermit = 5,

    /// <summary>Mainland travel permit for Taiwan residents (台湾居民来往大陆通行证): 8 digits.</summary>
    TaiwanTravelPermit = 6,
}
