namespace Network.Grains.Interfaces.Matters;

/// <summary>
/// Hand a matter up one tier (代办): from <see cref="FromPointCode"/>, which holds it now, to its
/// parent. At the village a proxy agent of the village carries it. Naming the sending point makes
/// a retried hand-off recognisable: it never moves the matter twice.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record HandUpCommand(
    [property: Id(0)] string ClerkId,
    [property: Id(1)] string FromPointCode,
    [property: Id(2)] string? ProxyAgentId,
    [property: Id(3)] string? Note);

/// <summary>Hand a matter back down one tier, with the reason (e.g. the application is incomplete).</summary>
[GenerateSerializer, Immutable]
public sealed record HandBackCommand(
    [property: Id(0)] string ClerkId,
    [property: Id(1)] string FromPointCode,
    [property: Id(2)] string Reason);

/// <summary>
/// The deciding tier's decision on a handed-up matter: approve with a result, or refuse with the
/// reason and legal basis. The result travels back down the chain to the point of intake.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record DecideCommand(
    [property: Id(0)] string ClerkId,
    [property: Id(1)] bool Approve,
    [property: Id(2)] string? ResultNote,
    [property: Id(3)] string? Reason,
    [property: Id(4)] string? LegalBasis);

/// <summary>The citizen collects the result at the point of intake (送达).</summary>
[GenerateSerializer, Immutable]
public sealed record DeliverCommand([property: Id(0)] string ClerkId);
