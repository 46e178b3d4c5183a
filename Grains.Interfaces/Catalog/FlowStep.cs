namespace Network.Grains.Interfaces.Catalog;

/// <summary>One box of an item's flow chart: what happens, and where (the point's name or the tier above).</summary>
[GenerateSerializer, Immutable]
public sealed record FlowStep(
    [property: Id(0)] string Label,
    [property: Id(1)] string Where,
    [property: Id(2)] FlowStepKind Kind);
