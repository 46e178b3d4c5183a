using Network.Grains.Interfaces.Live;

namespace Network.Grains.Interfaces.Queue;

/// <summary>
/// A ticket called or called again at a point (叫号), published the moment the call is committed:
/// what a hall display shows big and says once ("请 A012 号到 3 号民政窗口"), by
/// <see cref="TicketCall.CallId"/>. Small and public: the ticket's number and its window (the
/// service category) only, never who holds it.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record QueueCalled(
    [property: Id(0)] string PointCode,
    [property: Id(1)] DateOnly Date,
    [property: Id(2)] TicketCall Call) : IPublicLivePayload;
