using Network.Grains.Interfaces.Matters;

namespace Network.Grains.Interfaces.Petitions;

/// <summary>
/// A petition after a committed change, as pushed live to its point (the director's petition list)
/// and the city's monitor. No personal data: neither the petitioner nor the request, reply or reasons.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PetitionChanged(
    [property: Id(0)] string Number,
    [property: Id(1)] string PointCode,
    [property: Id(2)] PetitionChannel Channel,
    [property: Id(3)] PetitionStatus Status,
    [property: Id(4)] string Action,
    [property: Id(5)] DateOnly DecideBy,
    [property: Id(6)] DateOnly? ReplyBy,
    [property: Id(7)] FlagLevel DecisionFlag,
    [property: Id(8)] FlagLevel HandlingFlag,
    [property: Id(9)] DateTimeOffset At,
    [property: Id(10)] bool IsClosed,
    [property: Id(11)] int Version);
