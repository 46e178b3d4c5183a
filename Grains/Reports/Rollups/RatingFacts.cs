using Network.Grains.Interfaces.Time;
using Network.Grains.Ratings;

namespace Network.Grains.Reports.Rollups;

/// <summary>
/// The facts a rating (好差评) counts: one <see cref="RollupFigures.Rating"/> on the day rated, at the
/// point, window and clerk that served, bucket = its level; none once set aside on appeal. A
/// rating names its item only by name, so it is counted under no item.
/// </summary>
public static class RatingFacts
{
    public static IEnumerable<RollupFact> Of(RatingState state)
    {
        if (state.SetAside)
        {
            yield break;
        }

        yield return new RollupFact(ChinaTime.DateOf(state.RatedAt), state.PointCode, state.WindowId, string.Empty, state.ClerkId, RollupFigures.Rating, state.Level.ToString(), 1);
    }
}
