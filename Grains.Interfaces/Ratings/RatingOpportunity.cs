namespace Network.Grains.Interfaces.Ratings;

/// <summary>Whether the citizen may rate the whole matter now (一事一评): it is closed and not yet rated.</summary>
[GenerateSerializer, Immutable]
public sealed record RatingOpportunity(
    [property: Id(0)] bool CanRate,
    [property: Id(1)] bool MatterClosed,
    [property: Id(2)] bool AlreadyRated);
