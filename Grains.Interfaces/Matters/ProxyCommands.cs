using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Interfaces.Matters;

/// <summary>
/// Hand a matter up one tier (代办) from the actor's point, which holds it now, to its parent. At
/// the village a proxy agent of the village carries it (the agent themself, or the one a clerk
/// names). A retried hand-off is recognised: it never moves the matter twice.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record HandUpCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string? ProxyAgentId,
    [property: Id(2)] string? Note);

/// <summary>Hand a matter back down one tier from the actor's point, with the reason (e.g. the application is incomplete).</summary>
[GenerateSerializer, Immutable]
public sealed record HandBackCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string Reason);

/// <summary>
/// The deciding tier's decision on a handed-up matter: approve with a result, or refuse with the
/// reason and legal basis. The result travels back down the chain to the point of intake.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record DecideCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] bool Approve,
    [property: Id(2)] string? ResultNote,
    [property: Id(3)] string? Reason,
    [property: Id(4)] string? LegalBasis);
