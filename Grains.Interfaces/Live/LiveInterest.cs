namespace Network.Grains.Interfaces.Live;

/// <summary>
/// The live groups a gateway has members for (SignalR groups with at least one connection), as the
/// gateway last counted them: the silos' publishers send it only messages naming one of them. The
/// version grows with every set one gateway sends, so a set that arrives late never replaces a newer
/// one. A gateway that has not said (registered without a set) gets everything.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record LiveInterest([property: Id(0)] long Version, [property: Id(1)] IReadOnlyList<string> Groups);
