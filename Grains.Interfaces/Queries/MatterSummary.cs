using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Matters;

namespace Network.Grains.Interfaces.Queries;

/// <summary>
/// One line of a window's queue or a point's list of matters. The ID number is masked. The clerks'
/// names (<see cref="HandlerName"/>, <see cref="OwnerName"/>) are filled by the query grain from the
/// points' rosters; null where a clerk is not on any roster it read.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record MatterSummary(
    [property: Id(0)] string ReceiptNumber,
    [property: Id(1)] string PointCode,
    [property: Id(2)] string WindowId,
    [property: Id(3)] string ItemName,
    [property: Id(4)] MatterKind Kind,
    [property: Id(5)] MatterStatus Status,
    [property: Id(6)] string CitizenName,
    [property: Id(7)] string MaskedResidentId,
    [property: Id(8)] DateTimeOffset ReceivedAt,
    [property: Id(9)] string HandlerClerkId,
    [property: Id(10)] string OwnerClerkId,
    [property: Id(11)] string CurrentPointCode,
    [property: Id(12)] DateOnly? DueDate,
    [property: Id(13)] FlagLevel Flag)
{
    [Id(14)]
    public string? HandlerName { get; init; }

    [Id(15)]
    public string? OwnerName { get; init; }
}
