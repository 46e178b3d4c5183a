using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Interfaces.Matters;

/// <summary>A window finishes its part of a joint matter.</summary>
[GenerateSerializer, Immutable]
public sealed record CompletePartCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string PointCode,
    [property: Id(2)] string WindowId,
    [property: Id(3)] string? Note);

/// <summary>A window refuses its part of a joint matter, which returns the whole matter.</summary>
[GenerateSerializer, Immutable]
public sealed record ReturnPartCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string PointCode,
    [property: Id(2)] string WindowId,
    [property: Id(3)] string Reason,
    [property: Id(4)] string LegalBasis);
