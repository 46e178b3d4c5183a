using Network.Grains.Interfaces.Matters;

namespace Network.Grains.Interfaces.Queries;

/// <summary>
/// Which matters to list: those taken in at a point (optionally one window, one status), or
/// those held now at a point (<see cref="HeldAtPoint"/>: hand-offs waiting for a decision there).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record MatterQuery(
    [property: Id(0)] string PointCode,
    [property: Id(1)] string? WindowId = null,
    [property: Id(2)] MatterStatus? Status = null,
    [property: Id(3)] bool OpenOnly = false,
    [property: Id(4)] bool HeldAtPoint = false,
    [property: Id(5)] int Limit = 100);
