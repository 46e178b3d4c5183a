using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Interfaces.Consultations;

/// <summary>
/// Read-only lists of consultations and the first-inquiry tally (a stateless worker; key 0). The
/// grain checks that the actor's jurisdiction reaches the point asked about.
/// </summary>
public interface IConsultationQueryGrain : IGrainWithIntegerKey
{
    /// <summary>A point's consultations recorded in [from, to), newest first; open ones only when <paramref name="openOnly"/>.</summary>
    Task<IReadOnlyList<ConsultationSummary>> List(Actor actor, string pointCode, DateOnly from, DateOnly to, bool openOnly, int limit = 100);

    /// <summary>Per clerk of the point, what counts for first-inquiry responsibility over the days [from, to) (China time).</summary>
    Task<IReadOnlyList<FirstInquiryTally>> Tally(Actor actor, string pointCode, DateOnly from, DateOnly to);
}
