namespace Network.Grains.Interfaces.Network;

/// <summary>Who is on duty at a window: A, unless A is marked away, then B (AB岗).</summary>
[GenerateSerializer, Immutable]
public sealed record WindowDuty(
    [property: Id(0)] string PointCode,
    [property: Id(1)] string WindowId,
    [property: Id(2)] Clerk OnDuty,
    [property: Id(3)] bool PrimaryAway);
