using Network.Grains.Interfaces.Consultations;
using Network.Grains.Interfaces.Live;
using Network.Grains.Oversight;

namespace Network.Grains.Consultations;

/// <summary>Publishes a committed consultation (kind <see cref="LiveKinds.Consultation"/>) to its point and the city: no inquirer, no topic, no answer.</summary>
internal static class ConsultationAnnouncer
{
    public static ConsultationChanged Payload(OversightChange<ConsultationState> change)
    {
        var after = change.After;
        return new(after.Number, after.PointCode, after.WindowId, after.Status, change.LastAction, after.OwnerClerkId, change.At, after.IsClosed, after.Version);
    }

    public static void Announce(IServiceProvider services, OversightChange<ConsultationState> change) =>
        PointAnnouncer.Announce(services, LiveKinds.Consultation, change.After.PointCode, Payload(change));
}
