namespace Network.Grains.Interfaces.Seals;

/// <summary>A seal after a committed change, as pushed live to its point's staff (the seal register on the console).</summary>
[GenerateSerializer, Immutable]
public sealed record SealChanged(
    [property: Id(0)] string Key,
    [property: Id(1)] string PointCode,
    [property: Id(2)] string SerialNumber,
    [property: Id(3)] SealStatus Status,
    [property: Id(4)] string Action,
    [property: Id(5)] int PendingApprovals,
    [property: Id(6)] int ApprovedNotRecorded,
    [property: Id(7)] DateTimeOffset At,
    [property: Id(8)] int Version);
