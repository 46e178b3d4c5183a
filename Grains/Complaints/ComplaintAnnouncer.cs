using Network.Grains.Interfaces.Complaints;
using Network.Grains.Interfaces.Live;
using Network.Grains.Live;
using Network.Grains.Oversight;

namespace Network.Grains.Complaints;

/// <summary>
/// Publishes a committed complaint change (one-way: a method call that only queues) to the
/// workbenches of the point it is about and of the point handling it, and to the city's monitor.
/// No personal data in the payload.
/// </summary>
internal static class ComplaintAnnouncer
{
    public static ComplaintChanged Payload(ComplaintState after, OversightChange<ComplaintState> change) => new(
        after.Number,
        after.PointCode,
        after.HandlingPointCode,
        after.Type,
        after.Channel,
        after.Subject.Kind,
        after.Status,
        change.LastAction,
        after.DueDate,
        after.Flag,
        after.RegisteredAt,
        change.At,
        after.IsClosed,
        after.Version);

    public static IReadOnlyList<string> GroupsOf(ComplaintState state) =>
        new[] { LiveGroups.Point(state.PointCode), LiveGroups.Point(state.HandlingPointCode), LiveGroups.City(state.PointCode), LiveGroups.Case(state.Number) }
            .Distinct(StringComparer.Ordinal)
            .ToArray();

    public static void Announce(LiveStatusPublisher publisher, OversightChange<ComplaintState> change) =>
        publisher.Publish(new LiveMessage(LiveKinds.Complaint, GroupsOf(change.After), Payload(change.After, change)));
}
