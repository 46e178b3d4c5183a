namespace Network.Grains.Interfaces.Matters;

/// <summary>
/// One point a proxy matter (代办件) passed through on its way up or its result on the way down:
/// when the point received it and when it passed it on.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ProxyHop(
    [property: Id(0)] string PointCode,
    [property: Id(1)] HopDirection Direction,
    [property: Id(2)] DateTimeOffset ReceivedAt,
    [property: Id(3)] DateTimeOffset? PassedAt);

/// <summary>Whether a hop carried the matter up (for a decision) or its result down.</summary>
public enum HopDirection
{
    Up = 0,
    Down = 1,
}
