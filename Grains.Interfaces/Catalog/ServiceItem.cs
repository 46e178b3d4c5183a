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

    /// <summary>
    /// The fee (收费标准) in integer fen per <see cref="FeeUnit"/> (per matter when null); 0 = 不收费.
    /// <see cref="Fee"/> stays the disclosed text; this is what the collection window charges.
    /// </summary>
    [Id(15)]
    public long FeeFen { get; init; }

    /// <summary>The unit the fee is counted in (e.g. 平方米, 人), or null for one fee per matter.</summary>
    [Id(16)]
    public string? FeeUnit { get; init; }

    /// <summary>The legal basis of the fee (收费依据); required when <see cref="FeeFen"/> is above 0.</summary>
    [Id(17)]
    public string? FeeBasis { get; init; }

    /// <summary>Whether the fee is charged in advance (at intake) rather than at completion.</summary>
    [Id(18)]
    public bool FeeInAdvance { get; init; }

    /// <summary>For a bill collected for a third party (代收: electricity, water, gas): the payee's name; null otherwise.</summary>
    [Id(19)]
    public string? CollectsFor { get; init; }

    /// <summary>
    /// The item's stable code (事项编码, <see cref="ItemCode"/>): the city master catalog's code
    /// (<c>510682-XK-0001</c>) or a point's own approved item (<c>510682101-ZX-7Q2M9XKD</c>); null
    /// only in a city that keeps no master catalog.
    /// </summary>
    [Id(20)]
    public string? Code { get; init; }

    /// <summary>The version of the item at its point (1, 2, …), set by the catalog; a matter records the one it was taken in under.</summary>
    [Id(21)]
    public int Version { get; init; }

    /// <summary>The day this version came (or comes) into force (生效日期), set by the catalog.</summary>
    [Id(22)]
    public DateOnly? EffectiveFrom { get; init; }

    /// <summary>The point's hours for the item (办公时间), a local detail of the implementation list.</summary>
    [Id(23)]
    public string? Hours { get; init; }

    /// <summary>The point's enquiry phone for the item (咨询电话), a local detail of the implementation list.</summary>
    [Id(24)]
    public string? Contact { get; init; }
}
