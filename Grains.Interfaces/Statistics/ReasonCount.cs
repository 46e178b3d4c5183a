namespace Network.Grains.Interfaces.Statistics;

/// <summary>How many matters were returned for one reason (退回原因).</summary>
[GenerateSerializer, Immutable]
public sealed record ReasonCount([property: Id(0)] string Reason, [property: Id(1)] long Count);
