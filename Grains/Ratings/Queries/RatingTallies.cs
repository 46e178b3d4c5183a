using Network.Grains.Interfaces.Ratings;

namespace Network.Grains.Ratings.Queries;

/// <summary>Folds (point, day, status, count) rows into tallies: the status is a level's name or <c>SetAside</c>.</summary>
internal static class RatingTallies
{
    public static IReadOnlyList<RatingTally> Fold(IEnumerable<(string PointCode, DateOnly Day, string Status, int Count)> rows) =>
        rows.GroupBy(r => (r.PointCode, r.Day))
            .OrderBy(g => g.Key.PointCode, StringComparer.Ordinal).ThenBy(g => g.Key.Day)
            .Select(g =>
            {
                int Of(string status) => g.Where(r => r.Status == status).Sum(r => r.Count);
                return new RatingTally(
                    g.Key.PointCode,
                    g.Key.Day,
                    Of(nameof(RatingLevel.VerySatisfied)),
                    Of(nameof(RatingLevel.Satisfied)),
                    Of(nameof(RatingLevel.BasicallySatisfied)),
                    Of(nameof(RatingLevel.Dissatisfied)),
                    Of(nameof(RatingLevel.VeryDissatisfied)),
                    Of(RatingState.SetAsideStatus));
            })
            .ToArray();

    /// <summary>The first instant of <paramref name="day"/> in China.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset);
}
