using Network.Grains.Interfaces.Live;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Supervision;
using Network.Grains.Live;
using Network.Grains.Oversight;

namespace Network.Grains.Supervision;

/// <summary>
/// Publishes a committed supervision order change to the point addressed, the issuing point and the
/// city's monitor; a red flag goes upward too, to the tier above the issuer (its supervisors see an
/// order their township let run late).
/// </summary>
internal static class SupervisionOrderAnnouncer
{
    public static IReadOnlyList<string> GroupsOf(SupervisionOrderState state)
    {
        var groups = new List<string> { LiveGroups.Point(state.PointCode), LiveGroups.Point(state.IssuerPointCode), LiveGroups.City(state.PointCode), LiveGroups.Case(state.Number) };
        if (state.Flag == FlagLevel.Red && DivisionCode.Parse(state.IssuerPointCode).Parent is { } above)
        {
            groups.Add(LiveGroups.Point(above.Value));
        }

        return groups.Distinct(StringComparer.Ordinal).ToArray();
    }

    public static SupervisionOrderChanged Payload(SupervisionOrderState after, OversightChange<SupervisionOrderState> change) => new(
        after.Number, after.PointCode, after.IssuerPointCode, after.Target, after.Status, change.LastAction, after.DueDate, after.Flag, change.At, after.IsClosed, after.Version);

    public static void Announce(LiveStatusPublisher publisher, OversightChange<SupervisionOrderState> change) =>
        publisher.Publish(new LiveMessage(LiveKinds.SupervisionOrder, GroupsOf(change.After), Payload(change.After, change)));
}
