using Network.Grains.Interfaces.Live;

namespace Network.Grains.Interfaces.Queue;

/// <summary>
/// The queue as a hall display and the kiosk show it (叫号屏): per window (service category) its
/// prefix and the people waiting, and the latest calls. Published live at most once per
/// <c>Network:Queue:BoardInterval</c> per point (the latest picture only); each call travels on
/// its own at once as <see cref="QueueCalled"/>. Public: ticket numbers and windows only.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record QueueBoard(
    [property: Id(0)] string PointCode,
    [property: Id(1)] DateOnly Date,
    [property: Id(2)] IReadOnlyList<QueueCategory> Categories,
    [property: Id(3)] IReadOnlyList<TicketCall> RecentCalls) : IPublicLivePayload
{
    /// <summary>People waiting at the point (tickets not yet called): what "排队" means.</summary>
    public int Waiting => Categories.Sum(c => c.Waiting);
}

/// <summary>A window as a service category of the kiosk: its number in the hall, its ticket prefix, the people waiting.</summary>
[GenerateSerializer, Immutable]
public sealed record QueueCategory(
    [property: Id(0)] string WindowId,
    [property: Id(1)] string WindowName,
    [property: Id(2)] int WindowNumber,
    [property: Id(3)] string Prefix,
    [property: Id(4)] int Waiting,
    [property: Id(5)] int EstimatedWaitMinutes);

/// <summary>
/// A ticket called to a window: what the hall shows and says ("请 A012 号到 3 号民政窗口").
/// <paramref name="CallId"/> grows with every call and recall of the day at the point.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record TicketCall(
    [property: Id(0)] long CallId,
    [property: Id(1)] string Ticket,
    [property: Id(2)] string WindowId,
    [property: Id(3)] string WindowName,
    [property: Id(4)] int WindowNumber,
    [property: Id(5)] int Times,
    [property: Id(6)] DateTimeOffset At);
