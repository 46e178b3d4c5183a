namespace Network.Grains.Interfaces.Consultations;

/// <summary>
/// Who asked, when they leave a name or a number for the answer (咨询人): personal data, sealed in
/// the consultation's stored state, shown masked to anyone but its owner and the point's directors.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Inquirer(
    [property: Id(0)] string? Name,
    [property: Id(1)] string? Phone);
