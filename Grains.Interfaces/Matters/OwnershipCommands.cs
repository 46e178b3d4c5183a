using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Interfaces.Matters;

/// <summary>
/// First-inquiry responsibility (首问负责) passes from the current owner to a named clerk, only by
/// this explicit hand-over (by the owner, or by a director of the point).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record HandOverCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string ToClerkId,
    [property: Id(2)] string? Note);

/// <summary>
/// During handling the clerk finds materials missing: the citizen is told all of them at once and
/// the deadline's clock stops until they arrive.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RequestSupplementCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] IReadOnlyList<string> Missing);
