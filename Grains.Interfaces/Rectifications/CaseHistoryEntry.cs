namespace Network.Grains.Interfaces.Rectifications;

/// <summary>One ledger row of a rectification or rating as staff see it.</summary>
[GenerateSerializer, Immutable]
public sealed record CaseHistoryEntry(
    [property: Id(0)] int Sequence,
    [property: Id(1)] DateTimeOffset OccurredAt,
    [property: Id(2)] string ActorId,
    [property: Id(3)] string PointCode,
    [property: Id(4)] string Action,
    [property: Id(5)] string? StatusBefore,
    [property: Id(6)] string StatusAfter,
    [property: Id(7)] string? Detail);
