namespace Network.Grains.Interfaces.Network;

/// <summary>A member of staff known by a stable id (工作人员).</summary>
[GenerateSerializer, Immutable]
public sealed record Clerk([property: Id(0)] string Id, [property: Id(1)] string Name);
