using Network.Grains.Interfaces.Live;
using Network.Grains.Interfaces.Petitions;
using Network.Grains.Oversight;

namespace Network.Grains.Petitions;

/// <summary>Publishes a committed petition (kind <see cref="LiveKinds.Petition"/>) to its point and the city: no personal data, no request text.</summary>
internal static class PetitionAnnouncer
{
    public static PetitionChanged Payload(OversightChange<PetitionState> change)
    {
        var after = change.After;
        return new(after.Number, after.PointCode, after.Channel, after.Status, change.LastAction, after.DecideBy, after.ReplyBy,
            after.DecisionFlag, after.HandlingFlag, change.At, after.IsClosed, after.Version);
    }

    public static void Announce(IServiceProvider services, OversightChange<PetitionState> change) =>
        PointAnnouncer.Announce(services, LiveKinds.Petition, change.After.PointCode, Payload(change));
}
