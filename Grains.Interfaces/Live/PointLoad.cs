namespace Network.Grains.Interfaces.Live;

/// <summary>
/// The live load of a service point (<see cref="Subtree"/> false) or of the point and every point
/// below it (true), as the city monitor and hall screens show it. Counts only: public.
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
        AsOf = AsOf < other.AsOf ? AsOf : other.AsOf,
    };
}
