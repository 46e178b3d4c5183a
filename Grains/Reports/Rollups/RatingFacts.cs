using Network.Grains.Interfaces.Time;
using Network.Grains.Ratings;

namespace Network.Grains.Reports.Rollups;

/// <summary>
/// The facts a rating (好差评) counts: one <see cref="RollupFigures.Rating"/> on the day rated, at the
/// point, window and clerk that served and under the matter's item, bucket = its level; none once
/// set aside on appeal. A rating stored before ratings carried their item's id is counted under no item.
/// </summary>
public static class RatingFacts
{
    public static IEnumerable<RollupFact> Of(RatingState state)
    {
        if (state.SetAside)
        {
            yield break;
        }

        yield return new RollupFact(ChinaTime.DateOf(state.RatedAt), state.PointCode, state.WindowId, state.ItemId, state.ClerkId, RollupFigures.Rating, state.Level.ToString(), 1);
    }
}
