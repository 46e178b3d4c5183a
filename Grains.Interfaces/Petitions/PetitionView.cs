using Network.Grains.Interfaces.Citizens;
using Network.Grains.Interfaces.Matters;

namespace Network.Grains.Interfaces.Petitions;

/// <summary>
/// A petition as one actor sees it: the petitioner masked (<see cref="Applicants.Masked"/>) except to
/// its point's directors, who must reply; <see cref="AllowedActions"/> lists what the actor may do now.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PetitionView(
    [property: Id(0)] string Number,
    [property: Id(1)] string PointCode,
    [property: Id(2)] string PointName,
    [property: Id(3)] PetitionChannel Channel,
    [property: Id(4)] string Petitioner,
    [property: Id(5)] string Request,
    [property: Id(6)] PetitionStatus Status,
    [property: Id(7)] DateTimeOffset RegisteredAt,
    [property: Id(8)] string RegisteredBy,
    [property: Id(9)] DateOnly DecideBy,
    [property: Id(10)] DateOnly? ReplyBy,
    [property: Id(11)] FlagLevel DecisionFlag,
    [property: Id(12)] FlagLevel HandlingFlag,
    [property: Id(13)] int Version)
{
    [Id(14)]
    public DateOnly? AcceptedOn { get; init; }

    [Id(15)]
    public int ExtendedDays { get; init; }

    [Id(16)]
    public string? ExtensionReason { get; init; }

    [Id(17)]
    public string? DeclineReason { get; init; }

    [Id(18)]
    public string? Referral { get; init; }

    [Id(19)]
    public string? Reply { get; init; }

    /// <summary>The deadline that runs now (the decision's while registered, the reply's once accepted); null once closed.</summary>
    [Id(20)]
    public DateOnly? DueDate { get; init; }

    [Id(21)]
    public FlagLevel Flag { get; init; }

    [Id(22)]
    public IReadOnlyList<PetitionAction> AllowedActions { get; init; } = [];

    [Id(23)]
    public bool IsClosed { get; init; }
}
