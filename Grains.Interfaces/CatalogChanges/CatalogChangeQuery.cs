namespace Network.Grains.Interfaces.CatalogChanges;

/// <summary>
/// Which catalog changes to list: those a point proposed, or with <see cref="Incoming"/> those
/// waiting at (or decided by) the city <see cref="PointCode"/>.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CatalogChangeQuery(
    [property: Id(0)] string PointCode,
    [property: Id(1)] bool Incoming,
    [property: Id(2)] bool OpenOnly,
    [property: Id(3)] int Limit);
