namespace Network.Grains.Interfaces.Citizens;

/// <summary>
/// The applicant (办事人) of a case: a natural person or an organisation (<see cref="Kind"/>), by
/// the document they prove who they are with. <see cref="ResidentId"/> is the number of that
/// document: the resident ID number for a resident (the default, and the only applicant before
/// other documents were accepted, hence its name, which stored states and the API keep), the
/// unified social credit code for an organisation, the passport's or permit's number otherwise.
/// Validated and normalised by <see cref="Applicants.Check"/>.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Citizen(
    [property: Id(0)] string Name,
    [property: Id(1)] string ResidentId,
    [property: Id(2)] string? Phone)
{
    /// <summary>The document <see cref="ResidentId"/> is the number of (证件类型).</summary>
    [Id(3)]
    public IdentityDocumentType DocumentType { get; init; }

    /// <summary>For a passport: its issuing state (ICAO 9303 code, e.g. CHN, USA).</summary>
    [Id(4)]
    public string? IssuingState { get; init; }

    /// <summary>The agent applying on the applicant's behalf with a power of attorney (委托书); null when the applicant comes themself.</summary>
    [Id(5)]
    public ApplicantAgent? Agent { get; init; }

    /// <summary>A person or an organisation, from the document.</summary>
    public ApplicantKind Kind => Applicants.KindOf(DocumentType);
}
