using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Interfaces.Complaints;

/// <summary>
/// One complaint (投诉), keyed by its number (<see cref="CaseNumber.Complaint"/>). Every staff call
/// names its actor; the grain decides whether that actor may read or act in the complaint's state
/// (403 or 409 at the gateway). A change returns only after the state and its ledger rows are
/// committed together; a refused call leaves it as it was. A complaint about a center's director
/// is handled by the supervising tier (the parent point).
/// </summary>
public interface IComplaintGrain : IGrainWithStringKey
{
    /// <summary>Staff record a complaint (hall or supervision phone). Repeating the same request answers with the complaint as it stands.</summary>
    Task<ComplaintView> Register(RegisterComplaintCommand command);

    /// <summary>A citizen files a complaint on the public page (no sign-in). Repeating the same request answers with the same receipt.</summary>
    Task<PublicComplaintReceipt> RegisterFromPublic(PublicComplaintRequest request);

    Task<ComplaintView> Acknowledge(AcknowledgeComplaintCommand command);

    Task<ComplaintView> Investigate(InvestigateComplaintCommand command);

    Task<ComplaintView> Decide(DecideComplaintCommand command);

    Task<ComplaintView> Reply(ReplyComplaintCommand command);

    Task<ComplaintView> File(FileComplaintCommand command);

    Task<ComplaintView> Extend(ExtendComplaintCommand command);

    /// <summary>Raises the yellow or red flags due by now.</summary>
    Task<ComplaintView> CheckDeadlines(Actor actor);

    /// <summary>The complaint as <paramref name="actor"/> sees it, or null when the number was never used.</summary>
    Task<ComplaintView?> Get(Actor actor);

    /// <summary>The complaint's ledger rows, oldest first.</summary>
    Task<IReadOnlyList<CaseHistoryRow>> GetHistory(Actor actor);
}
