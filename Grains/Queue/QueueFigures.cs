namespace Network.Grains.Queue;

/// <summary>
/// What a point's load needs from its queue of the day: the people waiting (tickets not yet
/// called: what "排队" means) and since when the longest of them has waited.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record QueueFigures(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] int Waiting,
    [property: Id(2)] DateTimeOffset? OldestWaitingSince)
{
    public static QueueFigures Of(QueueState state)
    {
        var waiting = state.Tickets.Where(t => t.Status == Interfaces.Queue.TicketStatus.Waiting).ToArray();
        return new QueueFigures(state.Date, waiting.Length, waiting.Length == 0 ? null : waiting.Min(t => t.IssuedAt));
    }
}
