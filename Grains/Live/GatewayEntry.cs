using Network.Grains.Interfaces.Live;

namespace Network.Grains.Live;

/// <summary>
/// One registered gateway as the publishers see it: its observer and the groups it has members
/// for (<see cref="LiveInterest.Groups"/>), or null when it has not said: then it gets everything.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record GatewayEntry([property: Id(0)] ILiveStatusObserver Observer, [property: Id(1)] IReadOnlyList<string>? Groups);
