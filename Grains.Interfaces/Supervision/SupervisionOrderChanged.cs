using Network.Grains.Interfaces.Matters;

namespace Network.Grains.Interfaces.Supervision;

/// <summary>
/// A supervision order after a committed change, pushed live to the point it is addressed to, the
/// issuing point and, for a red flag, the tier above the issuer too. No personal data.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SupervisionOrderChanged(
    [property: Id(0)] string Number,
    [property: Id(1)] string PointCode,
    [property: Id(2)] string IssuerPointCode,
    [property: Id(3)] SupervisionTarget Target,
    [property: Id(4)] SupervisionOrderStatus Status,
    [property: Id(5)] string Action,
    [property: Id(6)] DateOnly DueDate,
    [property: Id(7)] FlagLevel Flag,
    [property: Id(8)] DateTimeOffset At,
    [property: Id(9)] bool IsClosed,
    [property: Id(10)] int Version);
