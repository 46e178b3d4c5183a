using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Catalog;

namespace Network.Grains.Interfaces.CatalogChanges;

/// <summary>
/// A township's or village's director proposes a change of the point's implementation list: the
/// item as the point wants to implement it (with the master code for a deviation, without a code for
/// an own item), why, and from which day.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ProposeCatalogChangeCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] ServiceItem Item,
    [property: Id(2)] string Reason,
    [property: Id(3)] DateOnly EffectiveFrom);

/// <summary>The city's director approves; the change takes effect on <see cref="EffectiveFrom"/> (default: the day proposed).</summary>
[GenerateSerializer, Immutable]
public sealed record ApproveCatalogChangeCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] DateOnly? EffectiveFrom,
    [property: Id(2)] string? Note);

/// <summary>The city's director refuses, with the reason (不予批准的理由).</summary>
[GenerateSerializer, Immutable]
public sealed record RefuseCatalogChangeCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string Reason);
