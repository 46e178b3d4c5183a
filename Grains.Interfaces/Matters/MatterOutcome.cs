namespace Network.Grains.Interfaces.Matters;

/// <summary>How a matter ended: completed with a result, or returned with reason and legal basis.</summary>
[GenerateSerializer, Immutable]
public sealed record MatterOutcome(
    [property: Id(0)] MatterStatus Status,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string ClerkId,
    [property: Id(3)] string? ResultNote,
    [property: Id(4)] string? Reason,
    [property: Id(5)] string? LegalBasis);
