namespace Network.Grains.Interfaces.Citizens;

/// <summary>The applicant (办事群众) of a matter.</summary>
[GenerateSerializer, Immutable]
public sealed record Citizen(
    [property: Id(0)] string Name,
    [property: Id(1)] string ResidentId,
    [property: Id(2)] string? Phone);
