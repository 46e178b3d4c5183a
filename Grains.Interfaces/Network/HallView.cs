using Network.Grains.Interfaces.Live;

namespace Network.Grains.Interfaces.Network;

/// <summary>
/// A point's hall screen (大厅显示屏), kept by the point itself: its windows, who is on duty at
/// each, the item each is serving, and today's counts. Public: no receipt number, no clerk id, no
/// personal data (the names of the clerks on duty are on the windows' name plates anyway).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record HallView(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] IReadOnlyList<HallWindowView> Windows,
    [property: Id(3)] PointLoad Load) : IPublicLivePayload
{
    /// <summary>The center's public complaint and supervision phone (投诉监督电话), if it has one.</summary>
    [Id(4)]
    public string? SupervisionPhone { get; init; }
}

/// <summary>
/// One window on the hall screen: who is on duty (A or B, by name) and the service item of the
/// latest open matter taken in at it (no receipt number: a hall screen has no tickets yet).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record HallWindowView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string OnDuty,
    [property: Id(3)] bool PrimaryAway,
    [property: Id(4)] string? Serving);
