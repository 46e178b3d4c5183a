using Network.Grains.Interfaces.Matters;

namespace Network.Grains.Interfaces.Petitions;

/// <summary>One line of a point's petitions: no personal data (the petitioner is not listed).</summary>
[GenerateSerializer, Immutable]
public sealed record PetitionSummary(
    [property: Id(0)] string Number,
    [property: Id(1)] string PointCode,
    [property: Id(2)] PetitionChannel Channel,
    [property: Id(3)] PetitionStatus Status,
    [property: Id(4)] DateTimeOffset RegisteredAt,
    [property: Id(5)] DateOnly? DueDate,
    [property: Id(6)] FlagLevel Flag,
    [property: Id(7)] bool IsClosed);
