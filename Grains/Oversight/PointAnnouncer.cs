using Microsoft.Extensions.DependencyInjection;
using Network.Grains.Interfaces.Live;
using Network.Grains.Live;

namespace Network.Grains.Oversight;

/// <summary>
/// Publishes a committed change of a case that belongs to one point (online applications,
/// petitions, consultations, seals) to that point's staff screens and the city's monitor: one-way
/// (a method call that only queues), after the commit. The payload is the kind's own record and
/// carries no personal data; another point's screens never get it.
/// </summary>
internal static class PointAnnouncer
{
    public static IReadOnlyList<string> GroupsOf(string pointCode) => [LiveGroups.Point(pointCode), LiveGroups.City(pointCode)];

    public static void Announce(IServiceProvider services, string kind, string pointCode, object payload) =>
        services.GetRequiredService<LiveStatusPublisher>().Publish(new LiveMessage(kind, GroupsOf(pointCode), payload));
}
