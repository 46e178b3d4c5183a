using Network.Grains.Interfaces.Matters;

namespace Network.Grains.Interfaces.Network;

/// <summary>Deadline flags a point's director sees: its own matters' and, as supervisor, those of the points below.</summary>
[GenerateSerializer, Immutable]
public sealed record PointFlags(
    [property: Id(0)] IReadOnlyList<DeadlineFlag> Own,
    [property: Id(1)] IReadOnlyList<DeadlineFlag> Supervised);
