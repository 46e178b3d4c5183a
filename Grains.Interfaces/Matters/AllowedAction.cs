namespace Network.Grains.Interfaces.Matters;

/// <summary>
/// An action the asking actor may take on a matter now. Part actions name the joint part's point
/// and window; the others leave them null.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AllowedAction(
    [property: Id(0)] MatterAction Action,
    [property: Id(1)] string? PointCode = null,
    [property: Id(2)] string? WindowId = null);
