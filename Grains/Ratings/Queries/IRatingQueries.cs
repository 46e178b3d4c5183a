using Network.Grains.Interfaces.Rectifications;
using Network.Grains.Interfaces.Ratings;
using Network.Grains.Rectifications;

namespace Network.Grains.Ratings.Queries;

/// <summary>
/// The read side of ratings and rectifications over <c>case_record</c> by kind: counts per point
/// and day (by the indexed status: the level, or <c>SetAside</c>), and rectification lists ("open"
/// is the stored <c>is_open</c>). For screens now and statistics later.
/// </summary>
public interface IRatingQueries
{
    /// <summary>Ratings of the points at or below <see cref="RatingTallyQuery.PointCode"/> per point and China day.</summary>
    Task<IReadOnlyList<RatingTally>> TallyAsync(RatingTallyQuery query, CancellationToken cancellationToken = default);

    /// <summary>Rectifications of the points at or below the query's point, newest first.</summary>
    Task<IReadOnlyList<RectificationState>> ListRectificationsAsync(RectificationQuery query, CancellationToken cancellationToken = default);
}
