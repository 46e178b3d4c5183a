namespace Network.Grains.Interfaces.Queue;

/// <summary>
/// The printed ticket (排队小票, 80 mm): the number, the window it is for, how many are ahead and
/// the estimated wait. No personal data.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record TicketSlip(
    [property: Id(0)] string PointCode,
    [property: Id(1)] string PointName,
    [property: Id(2)] string Number,
    [property: Id(3)] string WindowId,
    [property: Id(4)] string WindowName,
    [property: Id(5)] int WindowNumber,
    [property: Id(6)] TicketPriority Priority,
    [property: Id(7)] DateTimeOffset IssuedAt,
    [property: Id(8)] int Ahead,
    [property: Id(9)] int EstimatedWaitMinutes);
