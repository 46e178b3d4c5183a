using Network.Grains.Interfaces;
using Network.Grains.Interfaces.Live;
using Network.Grains.Live;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Network;

namespace Network.Grains.Matters;

/// <summary>
/// Tells the points concerned (one-way calls) and the silo's live publisher (a method call that
/// only queues) about a committed change: the matter does not wait for them, and they never call
/// back. The live message carries no personal data.
/// </summary>
internal static class MatterAnnouncer
{
    public static void Announce(IGrainFactory grains, LiveStatusPublisher publisher, MatterState? before, MatterState after, MatterChange change)
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
        foreach (var point in points)
        {
            grains.Reference<IPointUpkeepGrain>(point).OnMatterChanged(announced).Ignore();
        }

        var groups = points.SelectMany(p => new[] { LiveGroups.Point(p), LiveGroups.City(p) })
            .Append(LiveGroups.Case(after.ReceiptNumber))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        publisher.Publish(new LiveMessage(LiveKinds.Matter, groups, announced));
        Ratings.RatingDesks.Offer(grains, change);
    }
}
