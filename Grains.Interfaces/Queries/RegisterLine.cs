using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Matters;

namespace Network.Grains.Interfaces.Queries;

/// <summary>
/// One line of the register (台帐): the columns of the paper book. The applicant appears masked
/// (surname and the ID number's first three and last four); the clerk by name.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RegisterLine(
    [property: Id(0)] string ReceiptNumber,
    [property: Id(1)] string PointCode,
    [property: Id(2)] string WindowId,
    [property: Id(3)] DateTimeOffset ReceivedAt,
    [property: Id(4)] string CitizenMasked,
    [property: Id(5)] string ItemName,
    [property: Id(6)] MatterKind Kind,
    [property: Id(7)] IReadOnlyList<string> Materials,
    [property: Id(8)] string HandlerName,
    [property: Id(9)] DateOnly? PromisedOn,
    [property: Id(10)] DateOnly? CompletedOn,
    [property: Id(11)] MatterStatus Status,
    [property: Id(12)] string? Result,
    [property: Id(13)] Timeliness Timeliness)
{
    /// <summary>The name of the point that took the matter in.</summary>
    [Id(14)]
    public string PointName { get; init; } = string.Empty;

    /// <summary>The name of the window that took it in.</summary>
    [Id(15)]
    public string WindowName { get; init; } = string.Empty;
}
