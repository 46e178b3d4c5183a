namespace Network.Grains.Interfaces.Accountability;

/// <summary>
/// Accountability records of a point (optionally of one clerk or window, optionally recorded
/// within a period), newest first: what a later assessment (考核) reads.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AccountabilityQuery(
    [property: Id(0)] string PointCode,
    [property: Id(1)] string? ClerkId = null,
    [property: Id(2)] string? WindowId = null,
    [property: Id(3)] DateTimeOffset? From = null,
    [property: Id(4)] DateTimeOffset? To = null,
    [property: Id(5)] int Limit = 200);
