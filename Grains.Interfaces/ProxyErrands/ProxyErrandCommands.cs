using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Interfaces.ProxyErrands;

/// <summary>
/// Opens the proxy register entry (代办登记) of a matter an agent applied for with a power of
/// attorney: records 委托 (the authorisation's reference, from the matter's applicant) and 受理.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record OpenProxyErrandCommand([property: Id(0)] Actor Actor);

/// <summary>Records the next step of the errand, with an optional note (e.g. what the call-back found).</summary>
[GenerateSerializer, Immutable]
public sealed record RecordErrandStepCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] ProxyErrandStep Step,
    [property: Id(2)] string? Note);
