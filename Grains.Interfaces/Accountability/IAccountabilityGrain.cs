using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Interfaces.Accountability;

/// <summary>
/// One accountability record (责任追究), keyed by its number (<see cref="CaseNumber.Accountability"/>).
/// Recorded by a director or supervisor whose reach covers the point, against a clerk or window
/// there, linked to the matter, complaint or supervision order it follows from; read by the clerk
/// concerned (who confirms reading it) and by assessments later.
/// </summary>
public interface IAccountabilityGrain : IGrainWithStringKey
{
    /// <summary>Records it. Repeating the same request answers with the record as it stands.</summary>
    Task<AccountabilityView> Record(RecordAccountabilityCommand command);

    Task<AccountabilityView> Acknowledge(AcknowledgeAccountabilityCommand command);

    Task<AccountabilityView?> Get(Actor actor);

    Task<IReadOnlyList<CaseHistoryRow>> GetHistory(Actor actor);
}
