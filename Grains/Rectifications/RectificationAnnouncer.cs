using Network.Grains.Interfaces.Live;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Live;

namespace Network.Grains.Rectifications;

/// <summary>
/// Publishes a committed rectification (kind <see cref="LiveKinds.Rectification"/>) to the
/// workbenches of its point and of the supervising tier, the city's monitor and its own page. No
/// personal data: no comment, no name, no phone.
/// </summary>
internal static class RectificationAnnouncer
{
    public static void Announce(LiveStatusPublisher publisher, RectificationState state, string action, FlagLevel flag, DateTimeOffset at)
    {
        var groups = new List<string> { LiveGroups.Point(state.PointCode), LiveGroups.City(state.PointCode), LiveGroups.Case(state.Id) };
        if (DivisionCode.Parse(state.PointCode).Parent is { } parent)
        {
            groups.Add(LiveGroups.Point(parent.Value));
        }

        publisher.Publish(new LiveMessage(
            LiveKinds.Rectification,
            groups,
            new RectificationChanged(state.Id, state.PointCode, state.WindowId, state.ItemName, state.Level, state.Status, action, state.CallBackDue, state.DueDate, flag, state.IsClosed, state.Named, at, state.Version)));
    }
}
