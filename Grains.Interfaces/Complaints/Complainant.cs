namespace Network.Grains.Interfaces.Complaints;

/// <summary>
/// A named complainant (实名投诉人): personal data, sealed in the complaint's stored state, never
/// in a live message or a public page; only the staff who handle the complaint see it in clear.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Complainant(
    [property: Id(0)] string Name,
    [property: Id(1)] string? Phone);
