using Network.Grains.Interfaces;
using Network.Grains.Matters;
using Network.Grains.Ratings.Rules;

namespace Network.Grains.Ratings;

/// <summary>Tells the rating desk of the window where a matter's step served the citizen in person (one-way): the occasion to rate.</summary>
internal static class RatingDesks
{
    public static void Offer(IGrainFactory grains, MatterChange change)
    {
        if (RatingOccasions.Of(change) is { } occasion)
        {
            grains.Reference<IRatingDeskUpkeepGrain>($"{occasion.PointCode}/{occasion.WindowId}").Offer(occasion).Ignore();
        }
    }
}
