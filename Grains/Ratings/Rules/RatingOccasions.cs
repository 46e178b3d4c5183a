using Network.Grains.Interfaces.Matters;
using Network.Grains.Matters;

namespace Network.Grains.Ratings.Rules;

/// <summary>
/// Which steps of a matter serve the citizen in person at the counter, and so are an occasion to
/// rate (一次一评): taking the matter in (received, accepted, completed on the spot), the citizen
/// bringing missing materials, the result completed, returned or delivered at the window of
/// intake. Steps at other points (hand-ups, decisions above), deadline flags and hand-overs are not.
/// </summary>
public static class RatingOccasions
{
    private static readonly HashSet<string> InPerson = new(StringComparer.Ordinal)
    {
        "Received", "Accepted", "Completed", "Returned", "MaterialsSupplied", "Delivered",
    };

    /// <summary>The counter occasion of a committed change, or null when it served nobody in person at the window of intake.</summary>
    public static RatingOccasion? Of(MatterChange change)
    {
        if (change.IsEmpty)
        {
            return null;
        }

        var first = change.Steps[0].Entry;
        var after = change.After;
        if (!InPerson.Contains(first.Action) || first.PointCode != after.PointCode || first.WindowId != after.WindowId)
        {
            return null;
        }

        return new RatingOccasion(
            after.ReceiptNumber,
            "c" + first.Sequence,
            after.PointCode,
            after.WindowId,
            change.ActorId,
            after.ItemName,
            change.At,
            after.IsClosed,
            after.Citizen,
            after.ItemId);
    }

    /// <summary>The closing occasion (一事一评) of a matter: the point and window of intake, the clerk who handled it.</summary>
    public static RatingOccasion Closing(MatterState matter) =>
        new(matter.ReceiptNumber, Interfaces.Ratings.RatingIds.ClosingOccasion, matter.PointCode, matter.WindowId, matter.HandlerClerkId, matter.ItemName, matter.ReceivedAt, matter.IsClosed, matter.Citizen, matter.ItemId);
}
