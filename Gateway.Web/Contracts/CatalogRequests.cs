using Network.Grains.Interfaces.Catalog;

namespace Network.Gateway.Contracts;

// Bodies of the catalog-governance operations. The acting person is never in a body: it is the
// signed-in director.

/// <summary>A point's proposed change: the item as it will be implemented, why, and from which day.</summary>
public sealed record ProposeCatalogChangeBody(ServiceItem Item, string Reason, DateOnly EffectiveFrom);

/// <summary>The city's approval, with the day it takes effect (default: the day proposed).</summary>
public sealed record ApproveCatalogChangeBody(DateOnly? EffectiveFrom = null, string? Note = null);

/// <summary>The city's refusal and its reason.</summary>
public sealed record RefuseCatalogChangeBody(string Reason);
