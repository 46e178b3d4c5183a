using Network.Grains.Interfaces;
using Network.Grains.Interfaces.Live;
using Network.Grains.Interfaces.Queue;
using Network.Grains.Live;
using Network.Grains.Network;

namespace Network.Grains.Queue;

/// <summary>
/// What the day's queue tells others, one way. A call or recall goes at once to the point's hall
/// displays and clerks as a small <see cref="QueueCalled"/> (no replace key: a display must speak
/// every call), and with it, in the same batch — one message to each display — the board drawn
/// right after it. Otherwise the board (waiting per window, the latest calls) and the point's
/// waiting figures (the hall's and the monitor's "排队", when they changed) are the grain's to send
/// at most once per interval, the board only when it is not the picture sent last; the board goes
/// with a replace key, so a feed that waits for its gateway keeps only a point's latest picture.
/// </summary>
internal static class QueueAnnouncer
{
    public static void TellPoint(IGrainFactory grains, string pointCode, QueueFigures figures) =>
        grains.Reference<IPointUpkeepGrain>(pointCode).OnQueueChanged(figures).Ignore();

    /// <summary>The call a committed change made (a call or a recall), if it made one.</summary>
    public static QueueCalled? CallOf(QueueChange change) =>
        change.LastAction is "Called" or "Recalled"
            ? new QueueCalled(change.After.PointCode, change.After.Date, change.After.RecentCalls[^1])
            : null;

    /// <summary>The call and the board after it, together: one batch, so one message per group.</summary>
    public static void PublishCall(LiveStatusPublisher publisher, QueueCalled call, QueueBoard board) =>
        publisher.Publish(new LiveMessage(LiveKinds.QueueCall, Groups(call.PointCode), call), BoardMessage(board));

    public static void PublishBoard(LiveStatusPublisher publisher, QueueBoard board) =>
        publisher.Publish(BoardMessage(board));

    /// <summary>Whether two boards show the same picture (the same windows' figures and the same latest calls).</summary>
    public static bool SamePicture(QueueBoard board, QueueBoard? other) =>
        other is not null
        && board.PointCode == other.PointCode
        && board.Date == other.Date
        && board.Categories.SequenceEqual(other.Categories)
        && board.RecentCalls.SequenceEqual(other.RecentCalls);

    private static LiveMessage BoardMessage(QueueBoard board) =>
        new(LiveKinds.Queue, Groups(board.PointCode), board) { ReplaceKey = "queue:" + board.PointCode };

    private static string[] Groups(string pointCode) => [LiveGroups.Public(pointCode), LiveGroups.Point(pointCode)];
}
