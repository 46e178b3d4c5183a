using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.CatalogChanges;
using Network.Grains.Oversight;

namespace Network.Grains.CatalogChanges;

/// <summary>Everything a proposed catalog change (目录变更申请) knows, as stored. Immutable.</summary>
public sealed record CatalogChangeState : IOversightState<CatalogChangeState>
{
    public required string Number { get; init; }

    /// <summary>The point whose implementation list changes.</summary>
    public required string PointCode { get; init; }

    public required string PointName { get; init; }

    /// <summary>The city that approves it (its master catalog governs the point).</summary>
    public required string CityCode { get; init; }

    public required CatalogChangeKind Kind { get; init; }

    /// <summary>The item as the point will implement it (for an own item, its code is given on approval).</summary>
    public required ServiceItem Item { get; init; }

    /// <summary>The master item in force when proposed (a deviation's standard), null for an own item.</summary>
    public ServiceItem? MasterItem { get; init; }

    /// <summary>The standard fields in which the item differs from the master item.</summary>
    public IReadOnlyList<string> Differences { get; init; } = [];

    public required string Reason { get; init; }

    public required DateOnly RequestedFrom { get; init; }

    public required CatalogChangeStatus Status { get; init; }

    public required string ProposedBy { get; init; }

    public required DateTimeOffset ProposedAt { get; init; }

    public string? DecidedBy { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    public DateOnly? EffectiveFrom { get; init; }

    public string? RefusalReason { get; init; }

    public string? Note { get; init; }

    public required string IntakeFingerprint { get; init; }

    public string? LastCommandFingerprint { get; init; }

    public int Version { get; init; }

    public int LedgerSequence { get; init; }

    public string StatusName => Status.ToString();

    /// <summary>Decided, either way: nothing more happens to it.</summary>
    public bool IsClosed => Status != CatalogChangeStatus.Proposed;

    public CatalogChangeState Numbered(int ledgerSequence, int version) => this with { LedgerSequence = ledgerSequence, Version = version };

    public CatalogChangeView ToView() => new(
        Number, PointCode, PointName, CityCode, Kind, Item, MasterItem, Differences, Reason, RequestedFrom, Status,
        ProposedBy, ProposedAt, DecidedBy, DecidedAt, EffectiveFrom, RefusalReason, Note, Version)
    {
        IsClosed = IsClosed,
    };

    public CatalogChangeSummary ToSummary() =>
        new(Number, PointCode, PointName, Kind, Item.Id, Item.Name, Item.Code, Status, ProposedAt, EffectiveFrom, IsClosed);
}
