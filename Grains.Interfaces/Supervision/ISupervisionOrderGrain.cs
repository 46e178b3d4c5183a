using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Interfaces.Supervision;

/// <summary>
/// One supervision order (督办), keyed by its number (<see cref="CaseNumber.SupervisionOrder"/>).
/// The grain decides who may issue it (a director or supervisor of a point above the case's
/// point), who replies (the point below) and who accepts or sends back (the issuing point); an
/// order past its deadline flags red upward, live.
/// </summary>
public interface ISupervisionOrderGrain : IGrainWithStringKey
{
    /// <summary>Issues the order. Repeating the same request answers with the order as it stands.</summary>
    Task<SupervisionOrderView> Issue(IssueSupervisionOrderCommand command);

    Task<SupervisionOrderView> Reply(ReplySupervisionOrderCommand command);

    Task<SupervisionOrderView> Accept(AcceptSupervisionOrderCommand command);

    Task<SupervisionOrderView> SendBack(SendBackSupervisionOrderCommand command);

    Task<SupervisionOrderView> CheckDeadlines(Actor actor);

    Task<SupervisionOrderView?> Get(Actor actor);

    Task<IReadOnlyList<CaseHistoryRow>> GetHistory(Actor actor);
}
