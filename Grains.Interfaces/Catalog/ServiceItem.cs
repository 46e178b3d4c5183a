using Network.Grains.Interfaces.Network;

namespace Network.Grains.Interfaces.Catalog;

/// <summary>
/// A service item (服务事项) of a point's public catalog. The first eight fields are the ones
/// every center must disclose (八公开); the rest say who handles and who decides it.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ServiceItem(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string Conditions,
    [property: Id(3)] string LegalBasis,
    [property: Id(4)] string Procedure,
    [property: Id(5)] IReadOnlyList<string> RequiredMaterials,
    [property: Id(6)] int TimeLimitWorkingDays,
    [property: Id(7)] string Result,
    [property: Id(8)] string Fee,
    [property: Id(9)] string WindowId,
    [property: Id(10)] Tier DecidingTier,
    [property: Id(11)] MatterKind Kind,
    [property: Id(12)] IReadOnlyList<string> JointWindowIds)
{
    /// <summary>
    /// For a joint item: each window's own time limit in working days (0: the overall limit).
    /// A joint window is named <c>window-id</c> at this point or <c>point-code/window-id</c> at another.
    /// </summary>
    [Id(13)]
    public int PartTimeLimitWorkingDays { get; init; }

    /// <summary>
    /// For an item decided above this point (代办): the id of the item in the deciding point's
    /// catalog under which it is decided there; that item's window decides it. Null: the same id.
    /// </summary>
    [Id(14)]
    public string? DecidedAs { get; init; }
}
