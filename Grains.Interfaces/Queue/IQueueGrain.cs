using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Interfaces.Queue;

/// <summary>
/// A point's queue of one day (排队叫号), keyed <c>{point code}/{yyyy-MM-dd}</c> (China date; see
/// <see cref="QueueKeys"/>). One grain per point per day keeps the numbering (a prefix per window,
/// restarting every day) and the order; every ticket's steps are the ledger of this one case.
/// </summary>
public interface IQueueGrain : IGrainWithStringKey
{
    Task<TicketSlip> Issue(IssueTicketCommand command);

    Task<QueueView> CallNext(CallNextCommand command);

    Task<QueueView> Recall(RecallCommand command);

    Task<QueueView> MarkNoShow(MarkNoShowCommand command);

    Task<QueueView> Transfer(TransferTicketCommand command);

    Task<QueueView> StartServing(StartServingCommand command);

    Task<QueueView> Finish(FinishTicketCommand command);

    /// <summary>The queue as <paramref name="actor"/> sees it (staff within reach of the point).</summary>
    Task<QueueView> Get(Actor actor);

    /// <summary>The public picture (hall display, kiosk): categories, waiting counts, latest calls.</summary>
    Task<QueueBoard> GetBoard();
}
