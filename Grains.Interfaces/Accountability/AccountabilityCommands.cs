using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Interfaces.Accountability;

/// <summary>
/// A director or supervisor records accountability (责任追究) against a clerk or a window of a
/// point within their reach: reason, measure, and the case it follows from. Name a clerk, a window,
/// or both (the clerk at that window).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RecordAccountabilityCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string PointCode,
    [property: Id(2)] string? ClerkId,
    [property: Id(3)] string? WindowId,
    [property: Id(4)] string Reason,
    [property: Id(5)] AccountabilityMeasure Measure,
    [property: Id(6)] AccountabilityLink Link);

/// <summary>The clerk concerned confirms reading the record (已阅).</summary>
[GenerateSerializer, Immutable]
public sealed record AcknowledgeAccountabilityCommand([property: Id(0)] Actor Actor);
