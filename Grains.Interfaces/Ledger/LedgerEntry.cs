using Network.Grains.Interfaces.Matters;

namespace Network.Grains.Interfaces.Ledger;

/// <summary>
/// One row of the ledger (台帐): a state change of a matter, with who made it, when, at which
/// point and window, and the status before and after.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record LedgerEntry(
    [property: Id(0)] string ReceiptNumber,
    [property: Id(1)] int Sequence,
    [property: Id(2)] DateTimeOffset OccurredAt,
    [property: Id(3)] string ActorId,
    [property: Id(4)] string PointCode,
    [property: Id(5)] string? WindowId,
    [property: Id(6)] string Action,
    [property: Id(7)] MatterStatus? StatusBefore,
    [property: Id(8)] MatterStatus StatusAfter,
    [property: Id(9)] string? Detail);
