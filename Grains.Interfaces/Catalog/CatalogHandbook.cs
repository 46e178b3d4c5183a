using Network.Grains.Interfaces.Network;

namespace Network.Grains.Interfaces.Catalog;

/// <summary>
/// A point's handbook (办事指南手册) for one day: its items in force, each with the window that takes
/// it in and the flow of its procedure. No staff names: it is printed for the public.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CatalogHandbook(
    [property: Id(0)] string PointCode,
    [property: Id(1)] string PointName,
    [property: Id(2)] Tier Tier,
    [property: Id(3)] DateOnly Day,
    [property: Id(4)] string? SupervisionPhone,
    [property: Id(5)] IReadOnlyList<HandbookEntry> Entries);

/// <summary>One item of a handbook: the item in force, its window's name and its flow (办事流程图).</summary>
[GenerateSerializer, Immutable]
public sealed record HandbookEntry(
    [property: Id(0)] ServiceItem Item,
    [property: Id(1)] string WindowName,
    [property: Id(2)] IReadOnlyList<FlowStep> Flow);

/// <summary>One box of an item's flow chart: what happens, and where (the point's name or the tier above).</summary>
[GenerateSerializer, Immutable]
public sealed record FlowStep(
    [property: Id(0)] string Label,
    [property: Id(1)] string Where,
    [property: Id(2)] FlowStepKind Kind);

/// <summary>What a box of a flow chart is.</summary>
public enum FlowStepKind
{
    /// <summary>The citizen applies and the window takes it in (受理).</summary>
    Intake = 0,

    /// <summary>A step of the item's procedure (审核, 勘察, …).</summary>
    Step = 1,

    /// <summary>Carried up to the deciding tier, free of charge (代办).</summary>
    HandUp = 2,

    /// <summary>The decision and the result (办结).</summary>
    Result = 3,
}
