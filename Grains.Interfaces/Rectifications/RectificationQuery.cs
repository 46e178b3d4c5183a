namespace Network.Grains.Interfaces.Rectifications;

/// <summary>Rectifications of points at or below <paramref name="PointCode"/>, open ones only unless <paramref name="OpenOnly"/> is false, newest first.</summary>
[GenerateSerializer, Immutable]
public sealed record RectificationQuery(
    [property: Id(0)] string PointCode,
    [property: Id(1)] bool OpenOnly = true,
    [property: Id(2)] int Limit = 200);
