using Network.Grains.Interfaces.Live;
using Network.Grains.Interfaces.OnlineFiling;
using Network.Grains.Oversight;

namespace Network.Grains.OnlineFiling;

/// <summary>Publishes a committed online application (kind <see cref="LiveKinds.OnlineApplication"/>) to its point's clerks and the city: no personal data.</summary>
internal static class OnlineApplicationAnnouncer
{
    public static OnlineApplicationChanged Payload(OversightChange<OnlineApplicationState> change)
    {
        var after = change.After;
        return new(after.Number, after.PointCode, after.WindowId, after.ItemId, after.Status, change.LastAction, after.PreExamineBy, after.Flag,
            after.Files.Count, change.At, after.IsClosed, after.Version);
    }

    public static void Announce(IServiceProvider services, OversightChange<OnlineApplicationState> change) =>
        PointAnnouncer.Announce(services, LiveKinds.OnlineApplication, change.After.PointCode, Payload(change));
}
