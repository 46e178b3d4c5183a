using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Interfaces.Rectifications;

/// <summary>
/// The rectification of one bad rating (差评整改), keyed by the rating's id, owned by the point that
/// served (谁办理、谁负责): call-back and verification within one working day, a measure, feedback
/// to the citizen; or an appeal to the supervising tier. Opened by the rating itself.
/// </summary>
public interface IRectificationGrain : IGrainWithStringKey
{
    Task<RectificationView> CallBack(CallBackCommand command);

    Task<RectificationView> Resolve(ResolveCommand command);

    Task<RectificationView> FinishRectification(FinishRectificationCommand command);

    Task<RectificationView> FeedBack(FeedBackCommand command);

    Task<RectificationView> Appeal(AppealCommand command);

    Task<RectificationView> DecideAppeal(DecideAppealCommand command);

    /// <summary>The rectification as the actor sees it, or null when there is none with this id.</summary>
    Task<RectificationView?> Get(Actor actor);

    /// <summary>Its ledger rows, oldest first (statuses as <see cref="RectificationStatus"/> names).</summary>
    Task<IReadOnlyList<CaseHistoryEntry>> GetHistory(Actor actor);
}
