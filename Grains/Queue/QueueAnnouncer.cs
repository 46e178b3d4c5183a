using Network.Grains.Interfaces;
using Network.Grains.Interfaces.Live;
using Network.Grains.Interfaces.Queue;
using Network.Grains.Live;
using Network.Grains.Network;

namespace Network.Grains.Queue;

/// <summary>
/// What a committed change of the day's queue tells others, one way. The point hears its waiting
/// figures (the hall's and the monitor's "排队") only when they changed. A call or recall goes at
/// once to the point's hall displays and clerks as a small <see cref="QueueCalled"/> (no replace
/// key: a display must speak every call). The board (waiting per window, the latest calls) is the
/// grain's to send at most once per interval; it goes with a replace key, so a feed that waits for
/// its gateway keeps only a point's latest picture.
/// </summary>
internal static class QueueAnnouncer
{
    public static void TellPoint(IGrainFactory grains, QueueChange change)
    {
        var after = QueueFigures.Of(change.After);
        if (after != QueueFigures.Of(change.Before))
        {
            grains.Reference<IPointUpkeepGrain>(change.After.PointCode).OnQueueChanged(after).Ignore();
        }
    }

    public static void PublishCall(LiveStatusPublisher publisher, QueueChange change)
    {
        if (change.LastAction is "Called" or "Recalled")
        {
            var after = change.After;
            publisher.Publish(new LiveMessage(LiveKinds.QueueCall, Groups(after.PointCode), new QueueCalled(after.PointCode, after.Date, after.RecentCalls[^1])));
        }
    }

    public static void PublishBoard(LiveStatusPublisher publisher, QueueBoard board) =>
        publisher.Publish(new LiveMessage(LiveKinds.Queue, Groups(board.PointCode), board) { ReplaceKey = "queue:" + board.PointCode });

    private static string[] Groups(string pointCode) => [LiveGroups.Public(pointCode), LiveGroups.Point(pointCode)];
}
