using Network.Grains.Interfaces;
using Network.Grains.Interfaces.Live;
using Network.Grains.Interfaces.Queue;
using Network.Grains.Live;
using Network.Grains.Network;

namespace Network.Grains.Queue;

/// <summary>
/// What the day's queue tells others, one way. A call or recall goes at once to the point's hall
/// displays and clerks as a small <see cref="QueueCalled"/> (no replace key: a display must speak
/// every call). The board (waiting per window, the latest calls) and the point's waiting figures
/// (the hall's and the monitor's "排队", when they changed) are the grain's to send at most once per
/// interval; the board goes with a replace key, so a feed that waits for its gateway keeps only a
/// point's latest picture.
/// </summary>
internal static class QueueAnnouncer
{
    public static void TellPoint(IGrainFactory grains, string pointCode, QueueFigures figures) =>
        grains.Reference<IPointUpkeepGrain>(pointCode).OnQueueChanged(figures).Ignore();

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
