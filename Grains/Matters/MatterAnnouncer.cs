using Network.Grains.Interfaces;
using Network.Grains.Interfaces.Live;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Network;

namespace Network.Grains.Matters;

/// <summary>
/// What a committed change of a matter tells: the announcement (<see cref="Of"/>), built before the
/// commit, whose live message the case store queues with the silo's publisher the moment the
/// transaction commits (<see cref="Cases.Storage.CaseCommit.Committed"/>), and, after it, the points
/// concerned (one-way calls) and the rating desks (<see cref="Tell"/>): the matter waits for none
/// of them, and they never call back. The live message carries no personal data.
/// </summary>
internal static class MatterAnnouncer
{
    /// <summary>The change's announcement: what the points hear and the live message of its groups.</summary>
    public static (MatterChanged Announced, LiveMessage Live) Of(MatterState? before, MatterState after, MatterChange change)
    {
        // Each once, in this order (loops, not a LINQ chain: every commit builds this).
        var points = new List<string>(4);
        AddOnce(points, after.PointCode);
        AddOnce(points, after.CurrentPointCode);
        if (before is not null)
        {
            AddOnce(points, before.CurrentPointCode);
        }

        var openPartPoints = new List<string>(after.Parts.Count);
        foreach (var part in after.Parts)
        {
            AddOnce(points, part.PointCode);
            if (part.Status == JointPartStatus.Open)
            {
                AddOnce(openPartPoints, part.PointCode);
            }
        }

        var announced = new MatterChanged(
            after.ReceiptNumber,
            after.PointCode,
            after.WindowId,
            after.CurrentPointCode,
            after.Status,
            change.LastAction,
            after.ItemName,
            after.HandlerClerkId,
            after.DueDate,
            after.Flag,
            change.At,
            after.Version)
        {
            Points = points.ToArray(),
            OpenPartPoints = openPartPoints.Count == 0 ? [] : openPartPoints.ToArray(),
            IsClosed = after.IsClosed,
        };
        var groups = new List<string>((2 * points.Count) + 1);
        foreach (var point in points)
        {
            AddOnce(groups, LiveGroups.Point(point));
            AddOnce(groups, LiveGroups.City(point));
        }

        AddOnce(groups, LiveGroups.Case(after.ReceiptNumber));
        return (announced, new LiveMessage(LiveKinds.Matter, groups.ToArray(), announced));
    }

    private static void AddOnce(List<string> list, string value)
    {
        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }

    /// <summary>Tells the points of the committed change (one way) and offers it to the rating desks.</summary>
    public static void Tell(IGrainFactory grains, MatterChanged announced, MatterChange change)
    {
        foreach (var point in announced.Points)
        {
            grains.Reference<IPointUpkeepGrain>(point).OnMatterChanged(announced).Ignore();
        }

        Ratings.RatingDesks.Offer(grains, change);
    }
}
