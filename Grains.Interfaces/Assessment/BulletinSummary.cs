namespace Network.Grains.Interfaces.Assessment;

/// <summary>A published 通报 in a list (the consoles' 通报 list): which month, when, its number.</summary>
[GenerateSerializer, Immutable]
public sealed record BulletinSummary(
    [property: Id(0)] string Number,
    [property: Id(1)] string CityCode,
    [property: Id(2)] string Month,
    [property: Id(3)] DateTimeOffset PublishedAt);
