namespace Network.Grains.Interfaces.Supervision;

/// <summary>
/// Supervision orders addressed to a point (<see cref="Issued"/> false) or issued by it (true),
/// open ones only unless <see cref="OpenOnly"/> is false, newest first.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SupervisionOrderQuery(
    [property: Id(0)] string PointCode,
    [property: Id(1)] bool Issued = false,
    [property: Id(2)] bool OpenOnly = true,
    [property: Id(3)] int Limit = 100);
