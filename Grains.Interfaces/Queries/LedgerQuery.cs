namespace Network.Grains.Interfaces.Queries;

/// <summary>Ledger rows recorded at a point (any matter), newest first, optionally within a time range.</summary>
[GenerateSerializer, Immutable]
public sealed record LedgerQuery(
    [property: Id(0)] string PointCode,
    [property: Id(1)] DateTimeOffset? From = null,
    [property: Id(2)] DateTimeOffset? To = null,
    [property: Id(3)] int Limit = 200);
