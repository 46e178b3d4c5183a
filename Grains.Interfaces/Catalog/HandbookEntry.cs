namespace Network.Grains.Interfaces.Catalog;

/// <summary>One item of a handbook: the item in force, its window's name and its flow (办事流程图).</summary>
[GenerateSerializer, Immutable]
public sealed record HandbookEntry(
    [property: Id(0)] ServiceItem Item,
    [property: Id(1)] string WindowName,
    [property: Id(2)] IReadOnlyList<FlowStep> Flow);
