namespace Network.Grains.Interfaces.Complaints;

/// <summary>Complaints handled at a point (its workbench), open ones only unless <see cref="OpenOnly"/> is false, newest first.</summary>
[GenerateSerializer, Immutable]
public sealed record ComplaintQuery(
    [property: Id(0)] string PointCode,
    [property: Id(1)] bool OpenOnly = true,
    [property: Id(2)] int Limit = 100);
