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
        var points = new[] { after.PointCode, after.CurrentPointCode }
            .Concat(before is null ? [] : [before.CurrentPointCode])
            .Concat(after.Parts.Select(p => p.PointCode))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
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
            Points = points,
            OpenPartPoints = after.Parts.Where(p => p.Status == JointPartStatus.Open).Select(p => p.PointCode).Distinct().ToArray(),
            IsClosed = after.IsClosed,
        };
        var groups = points.SelectMany(p => new[] { LiveGroups.Point(p), LiveGroups.City(p) })
            .Append(LiveGroups.Case(after.ReceiptNumber))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        return (announced, new LiveMessage(LiveKinds.Matter, groups, announced));
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
