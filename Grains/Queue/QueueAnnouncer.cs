using Network.Grains.Interfaces.Live;
using Network.Grains.Interfaces.Queue;
using Network.Grains.Live;
using Network.Grains.Network;
using Network.Grains.Queue.Rules;

namespace Network.Grains.Queue;

/// <summary>
/// Tells the point its waiting figures (one-way: the hall's and the monitor's "排队") and publishes
/// the queue's public picture, with the call it announces, to the point's hall displays and
/// clerks. Every picture is sent (no replace key): a display must speak every call.
/// </summary>
internal static class QueueAnnouncer
{
    public static void Announce(IGrainFactory grains, LiveStatusPublisher publisher, QueueChange change, QueueContext context)
    {
        var after = change.After;
        grains.GetGrain<IPointUpkeepGrain>(after.PointCode).OnQueueChanged(QueueFigures.Of(after)).Ignore();
        var call = change.LastAction is "Called" or "Recalled" ? after.RecentCalls[^1] : null;
        var board = QueueRules.Board(after, context, call);
        publisher.Publish(new LiveMessage(LiveKinds.Queue, [LiveGroups.Public(after.PointCode), LiveGroups.Point(after.PointCode)], board));
    }
}
