using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Rectifications;

namespace Network.Grains.Interfaces.Ratings;

/// <summary>
/// The read side of ratings and rectifications for screens and later statistics (a stateless
/// worker, key 0). The grain checks that the actor's jurisdiction reaches the point asked about.
/// </summary>
public interface IRatingQueryGrain : IGrainWithIntegerKey
{
    /// <summary>Counts per point and day; set-aside ratings counted apart.</summary>
    Task<IReadOnlyList<RatingTally>> Tally(Actor actor, RatingTallyQuery query);

    Task<IReadOnlyList<RectificationSummary>> ListRectifications(Actor actor, RectificationQuery query);
}
