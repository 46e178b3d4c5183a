using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Ratings;

namespace Network.Grains.Ratings;

/// <summary>What the network's own grains ask of a rating (internal; the gateway never calls it).</summary>
internal interface IRatingUpkeepGrain : IGrainWithStringKey
{
    /// <summary>A counter occasion (一次一评), rated through the window's desk, which vouches for the occasion.</summary>
    Task<RatingReceipt> RateAtCounter(RatingOccasion occasion, Actor? signedIn, RatingSubmission submission);

    /// <summary>A decided appeal sets the rating aside (idempotent).</summary>
    Task SetAside(string decidedBy, string decidingPoint, string reason);
}
