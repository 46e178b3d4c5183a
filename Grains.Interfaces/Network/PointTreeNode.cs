using Network.Grains.Interfaces.Live;
using Network.Grains.Interfaces.Matters;

namespace Network.Grains.Interfaces.Network;

/// <summary>
/// A point and every point below it, as the city monitor draws them from one call: name, tier,
/// the subtree's live load and the point's own latest deadline flags (null and empty when the
/// tree was asked for without loads).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PointTreeNode(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] Tier Tier,
    [property: Id(3)] PointLoad? Load,
    [property: Id(4)] IReadOnlyList<DeadlineFlag> Flags,
    [property: Id(5)] IReadOnlyList<PointTreeNode> Children);
