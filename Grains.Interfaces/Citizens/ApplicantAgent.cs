namespace Network.Grains.Interfaces.Citizens;

/// <summary>
/// Someone applying on the applicant's behalf (代理人, a proxy agent 代办员 or anyone entrusted) and
/// the power of attorney they hold (委托书): who they are, by their own identity document, and the
/// authorisation's reference (its number or date and signatory as written on it). Sealed with the
/// applicant in case state.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ApplicantAgent(
    [property: Id(0)] string Name,
    [property: Id(1)] IdentityDocumentType DocumentType,
    [property: Id(2)] string DocumentNumber,
    [property: Id(3)] string AuthorisationReference,
    [property: Id(4)] string? Phone = null)
{
    /// <summary>For a passport: its issuing state (ICAO 9303 code).</summary>
    [Id(5)]
    public string? IssuingState { get; init; }
}
