using Network.Grains.Interfaces.Live;
using Network.Grains.Interfaces.Seals;
using Network.Grains.Oversight;

namespace Network.Grains.Seals;

/// <summary>Publishes a committed seal change (kind <see cref="LiveKinds.Seal"/>) to its point's staff and the city.</summary>
internal static class SealAnnouncer
{
    public static SealChanged Payload(OversightChange<SealState> change)
    {
        var after = change.After;
        return new(after.Number, after.PointCode, after.SerialNumber, after.Status, change.LastAction,
            after.Uses.Count(u => !u.Approved), after.Uses.Count(u => u.Approved && !u.Used), change.At, after.Version);
    }

    public static void Announce(IServiceProvider services, OversightChange<SealState> change) =>
        PointAnnouncer.Announce(services, LiveKinds.Seal, change.After.PointCode, Payload(change));
}
