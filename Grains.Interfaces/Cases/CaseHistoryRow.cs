namespace Network.Grains.Interfaces.Cases;

/// <summary>
/// One ledger row (台帐) of a case that is not a matter (a complaint, a supervision order, an
/// accountability record): who did what, when, where, and the status before and after, by name.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CaseHistoryRow(
    [property: Id(0)] string CaseId,
    [property: Id(1)] int Sequence,
    [property: Id(2)] DateTimeOffset OccurredAt,
    [property: Id(3)] string ActorId,
    [property: Id(4)] string PointCode,
    [property: Id(5)] string Action,
    [property: Id(6)] string? StatusBefore,
    [property: Id(7)] string StatusAfter,
    [property: Id(8)] string? Detail);
