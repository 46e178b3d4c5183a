using Network.Grains.Interfaces.Errors;

namespace Network.Grains.Interfaces.Citizens;

/// <summary>
/// The checks of an applicant (办事人) and of their agent: each identity document by its own rule
/// (<see cref="IdentityDocumentType"/>), names and phones by their form; and how an applicant is
/// shown where personal data must not be (registers, lists, logs).
/// </summary>
public static class Applicants
{
    public const int MaxNameLength = 50;
    public const int MaxOrganisationNameLength = 100;
    public const int MaxAuthorisationReferenceLength = 100;

    public static ApplicantKind KindOf(IdentityDocumentType type) =>
        type == IdentityDocumentType.UnifiedSocialCreditCode ? ApplicantKind.Organisation : ApplicantKind.Person;

    /// <summary>
    /// The applicant validated and normalised (trimmed, capitals), or a refusal naming the field
    /// under <paramref name="field"/> (e.g. <c>citizen.residentId</c>).
    /// </summary>
    public static Citizen Check(Citizen? applicant, string field = "citizen")
    {
        if (applicant is null)
        {
            throw DomainException.Invalid(field, "citizen.required", "The applicant (name and identity document) is required.");
        }

        var type = DocumentType(applicant.DocumentType, $"{field}.documentType");
        var name = Name(applicant.Name, $"{field}.name", type);
        var number = Document(type, applicant.ResidentId, applicant.IssuingState, $"{field}.residentId", out var state);
        var agent = applicant.Agent is null ? null : CheckAgent(applicant.Agent, $"{field}.agent");
        return new Citizen(name, number, Phone(applicant.Phone, $"{field}.phone"))
        {
            DocumentType = type,
            IssuingState = state,
            Agent = agent,
        };
    }

    /// <summary>The agent and their power of attorney (委托书) validated: an agent is a person, with a reference for the authorisation.</summary>
    public static ApplicantAgent CheckAgent(ApplicantAgent agent, string field = "citizen.agent")
    {
        var type = DocumentType(agent.DocumentType, $"{field}.documentType");
        if (KindOf(type) != ApplicantKind.Person)
        {
            throw DomainException.Invalid($"{field}.documentType", "agent.notAPerson", "An agent is a person, identified by a personal document (not a credit code).");
        }

        var name = Name(agent.Name, $"{field}.name", type);
        var number = Document(type, agent.DocumentNumber, agent.IssuingState, $"{field}.documentNumber", out var state);
        var reference = agent.AuthorisationReference?.Trim();
        if (string.IsNullOrEmpty(reference))
        {
            throw DomainException.Invalid($"{field}.authorisationReference", "agent.authorisationRequired", "An agent applies with a power of attorney (委托书): give its reference.");
        }

        if (reference.Length > MaxAuthorisationReferenceLength || reference.Any(char.IsControl))
        {
            throw DomainException.Invalid($"{field}.authorisationReference", reference.Length > MaxAuthorisationReferenceLength ? "text.tooLong" : "text.control", $"The authorisation's reference is at most {MaxAuthorisationReferenceLength} characters, without control characters.");
        }

        return new ApplicantAgent(name, type, number, reference, Phone(agent.Phone, $"{field}.phone")) { IssuingState = state };
    }

    /// <summary>
    /// A document number validated by its document's rule and normalised (capitals); the refusal is
    /// 400 <c>{document}.invalid</c> naming <paramref name="field"/>.
    /// </summary>
    public static string Document(IdentityDocumentType type, string? number, string? issuingState, string field, out string? normalisedState)
    {
        var text = number?.Trim();
        normalisedState = null;
        string? reason;
        var valid = type switch
        {
            IdentityDocumentType.ResidentIdCard => ResidentId.IsValid(text, out reason),
            IdentityDocumentType.UnifiedSocialCreditCode => UnifiedSocialCreditCode.IsValid(text, out reason),
            IdentityDocumentType.Passport => PassportNumber.IsValid(text, issuingState, out reason),
            IdentityDocumentType.HongKongMacaoResidencePermit or IdentityDocumentType.TaiwanResidencePermit => ResidencePermitNumber.IsValid(text, type, out reason),
            IdentityDocumentType.HongKongMacaoTravelPermit or IdentityDocumentType.TaiwanTravelPermit => TravelPermitNumber.IsValid(text, type, out reason),
            _ => throw DomainException.Invalid(field, "documentType.unknown", "Unknown identity document type."),
        };
        if (!valid)
        {
            throw DomainException.Invalid(field, CodeOf(type), reason!);
        }

        if (type == IdentityDocumentType.Passport)
        {
            normalisedState = issuingState!.Trim().ToUpperInvariant();
        }

        return text!.ToUpperInvariant();
    }

    /// <summary>
    /// The number as lists and registers show it: a person's document keeps only its first and last
    /// characters (ID and residence permits the first three and last four, passports and travel
    /// permits the first and last two); an organisation's credit code is public (it is published in
    /// the national enterprise credit register) and shown in full.
    /// </summary>
    public static string MaskNumber(IdentityDocumentType type, string? number) => type switch
    {
        IdentityDocumentType.UnifiedSocialCreditCode => number ?? string.Empty,
        IdentityDocumentType.Passport or IdentityDocumentType.HongKongMacaoTravelPermit or IdentityDocumentType.TaiwanTravelPermit =>
            number is { Length: > 4 } ? string.Concat(number.AsSpan(0, 1), new string('*', number.Length - 3), number.AsSpan(number.Length - 2)) : "****",
        _ => ResidentId.Mask(number),
    };

    /// <summary>The applicant's name as lists show it: a person's surname and a star per other character; an organisation's name in full.</summary>
    public static string MaskName(Citizen applicant)
    {
        var name = applicant.Name.Trim();
        return applicant.Kind == ApplicantKind.Organisation ? name : MaskPersonName(name);
    }

    /// <summary>A person's name as lists show it: the surname and a star per other character.</summary>
    public static string MaskPersonName(string name)
    {
        var text = name.Trim();
        return text.Length == 0 ? "*" : string.Concat(text.AsSpan(0, 1), new string('*', Math.Max(1, text.Length - 1)));
    }

    /// <summary>The applicant masked for a register line: name and number, and "（代理人 X**）" when an agent applied.</summary>
    public static string Masked(Citizen applicant)
    {
        var text = $"{MaskName(applicant)} {MaskNumber(applicant.DocumentType, applicant.ResidentId)}";
        if (applicant.Agent is { } agent)
        {
            text += $"（代理人 {MaskPersonName(agent.Name)}）";
        }

        return text;
    }

    /// <summary>The document's name in the trade's words.</summary>
    public static string DocumentName(IdentityDocumentType type) => type switch
    {
        IdentityDocumentType.ResidentIdCard => "居民身份证",
        IdentityDocumentType.UnifiedSocialCreditCode => "统一社会信用代码",
        IdentityDocumentType.Passport => "护照",
        IdentityDocumentType.HongKongMacaoResidencePermit => "港澳居民居住证",
        IdentityDocumentType.TaiwanResidencePermit => "台湾居民居住证",
        IdentityDocumentType.HongKongMacaoTravelPermit => "港澳居民来往内地通行证",
        IdentityDocumentType.TaiwanTravelPermit => "台湾居民来往大陆通行证",
        _ => type.ToString(),
    };

    private static IdentityDocumentType DocumentType(IdentityDocumentType type, string field) =>
        Enum.IsDefined(type) ? type : throw DomainException.Invalid(field, "documentType.unknown", "Unknown identity document type.");

    private static string Name(string? name, string field, IdentityDocumentType type)
    {
        var max = KindOf(type) == ApplicantKind.Organisation ? MaxOrganisationNameLength : MaxNameLength;
        var text = name?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            throw DomainException.Invalid(field, "text.required", KindOf(type) == ApplicantKind.Organisation ? "The organisation's name is required." : "The applicant's name is required.");
        }

        if (text.Length > max)
        {
            throw DomainException.Invalid(field, "text.tooLong", $"A name is at most {max} characters; this one has {text.Length}.");
        }

        if (text.Any(char.IsControl))
        {
            throw DomainException.Invalid(field, "text.control", "A name contains no control characters.");
        }

        return text;
    }

    private static string? Phone(string? phone, string field)
    {
        if (string.IsNullOrEmpty(phone))
        {
            return null;
        }

        if (phone.Length != 11 || phone[0] != '1' || !phone.All(char.IsAsciiDigit))
        {
            throw DomainException.Invalid(field, "phone.invalid", "A mobile number has 11 digits and starts with 1.");
        }

        return phone;
    }

    private static string CodeOf(IdentityDocumentType type) => type switch
    {
        IdentityDocumentType.ResidentIdCard => "residentId.invalid",
        IdentityDocumentType.UnifiedSocialCreditCode => "creditCode.invalid",
        IdentityDocumentType.Passport => "passport.invalid",
        IdentityDocumentType.HongKongMacaoResidencePermit or IdentityDocumentType.TaiwanResidencePermit => "residencePermit.invalid",
        _ => "travelPermit.invalid",
    };
}
