namespace Network.Grains.Interfaces.Live;

/// <summary>
/// The live load of a service point (<see cref="Subtree"/> false) or of the point and every point
/// below it (true), as the city monitor and hall screens show it. Counts only: public.
/// <see cref="Queue"/> is the people waiting with a ticket (排队: tickets taken, not yet called).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PointLoad(
    [property: Id(0)] string PointCode,
    [property: Id(1)] bool Subtree,
    [property: Id(2)] int Queue,
    [property: Id(3)] int Open,
    [property: Id(4)] int DueSoon,
    [property: Id(5)] int Overdue,
    [property: Id(6)] int HandOffsInFlight,
    [property: Id(7)] int AcceptedToday,
    [property: Id(8)] int ClosedToday,
    [property: Id(9)] DateTimeOffset AsOf) : IPublicLivePayload
{
    /// <summary>How long the citizen waiting longest has waited, in minutes (等候时间; the longest in a subtree).</summary>
    [Id(10)]
    public int LongestWaitMinutes { get; init; }

    /// <summary>Open matters held here for work (handed up to this point, or a joint part here): what "queue" counted before tickets.</summary>
    [Id(11)]
    public int Held { get; init; }

    public static PointLoad Empty(string pointCode, bool subtree, DateTimeOffset asOf) => new(pointCode, subtree, 0, 0, 0, 0, 0, 0, 0, asOf);

    /// <summary>Same figures, ignoring when they were taken.</summary>
    public bool SameFigures(PointLoad? other) => other is not null && this with { AsOf = default } == other with { AsOf = default };

    public PointLoad Plus(PointLoad other) => this with
    {
        Queue = Queue + other.Queue,
        Open = Open + other.Open,
        DueSoon = DueSoon + other.DueSoon,
        Overdue = Overdue + other.Overdue,
        HandOffsInFlight = HandOffsInFlight + other.HandOffsInFlight,
        AcceptedToday = AcceptedToday + other.AcceptedToday,
        ClosedToday = ClosedToday + other.ClosedToday,
        LongestWaitMinutes = Math.Max(LongestWaitMinutes, other.LongestWaitMinutes),
        Held = Held + other.Held,
        AsOf = AsOf < other.AsOf ? AsOf : other.AsOf,
    };
}
