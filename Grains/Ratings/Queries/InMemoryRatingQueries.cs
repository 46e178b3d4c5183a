using Network.Grains.Cases.Storage;
using Network.Grains.Interfaces.Rectifications;
using Network.Grains.Interfaces.Ratings;
using Network.Grains.Rectifications;

namespace Network.Grains.Ratings.Queries;

/// <summary>The read side of ratings over the in-memory case store (the loud fallback, and fast tests).</summary>
public sealed class InMemoryRatingQueries(InMemoryCaseStore store, RatingJson json) : IRatingQueries
{
    public Task<IReadOnlyList<RatingTally>> TallyAsync(RatingTallyQuery query, CancellationToken cancellationToken = default)
    {
        var from = RatingTallies.StartOf(query.From);
        var to = RatingTallies.StartOf(query.To.AddDays(1));
        var rows = store.Snapshot(RatingRepository.CaseKind)
            .Where(c => c.Index.PointCode.StartsWith(query.PointCode, StringComparison.Ordinal) && c.Index.OpenedAt >= from && c.Index.OpenedAt < to)
            .GroupBy(c => (c.Index.PointCode, Day: ChinaTime.DateOf(c.Index.OpenedAt), c.Index.Status))
            .Select(g => (g.Key.PointCode, g.Key.Day, g.Key.Status, g.Count()));
        return Task.FromResult(RatingTallies.Fold(rows));
    }

    public Task<IReadOnlyList<RectificationState>> ListRectificationsAsync(RectificationQuery query, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<RectificationState> rows = store.Snapshot(RectificationRepository.CaseKind)
            .Where(c => c.Index.PointCode.StartsWith(query.PointCode, StringComparison.Ordinal) && (!query.OpenOnly || c.Index.IsOpen))
            .OrderByDescending(c => c.Index.OpenedAt)
            .Take(query.Limit)
            .Select(c => json.Rectification(c.Case.StateJson))
            .ToArray();
        return Task.FromResult(rows);
    }
}
