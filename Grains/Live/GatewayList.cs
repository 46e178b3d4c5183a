using Network.Grains.Interfaces.Live;

namespace Network.Grains.Live;

/// <summary>The registered gateways, each with the groups it wants, and the list's version (it grows with every change).</summary>
[GenerateSerializer, Immutable]
public sealed record GatewayList([property: Id(0)] long Version, [property: Id(1)] IReadOnlyList<GatewayEntry> Gateways);
