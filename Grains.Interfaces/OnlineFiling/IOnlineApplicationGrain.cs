using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Interfaces.OnlineFiling;

/// <summary>
/// One online application (网上申报), keyed by its number (<see cref="OnlineApplicationNumber"/>).
/// The applicant starts it, adds files and submits it with its code, without signing in; the clerks
/// of the item's window pre-examine it within one working day: accept (it becomes a matter whose
/// deadline counts from the acceptance), notify once what is missing (the applicant adds files and
/// resubmits), or refuse with a reason. A change returns only after it is committed; a refused
/// call leaves the application as it was.
/// </summary>
public interface IOnlineApplicationGrain : IGrainWithStringKey
{
    /// <summary>Starts the application; the same request again answers with the same receipt.</summary>
    Task<OnlineApplicationReceipt> Start(StartOnlineApplicationRequest request);

    /// <summary>Adds a file (PDF, JPEG or PNG, within the size limit, its type proved by its content); a bad file stores nothing.</summary>
    Task<OnlineApplicationProgress> AddFile(AddApplicationFileRequest request);

    Task<OnlineApplicationProgress> Submit(SubmitOnlineApplicationRequest request);

    /// <summary>The applicant's view with the code; a wrong code is answered as an unknown number (null).</summary>
    Task<OnlineApplicationProgress?> GetProgress(string code);

    /// <summary>What anyone may know of it (no personal data), or null when the number was never used.</summary>
    Task<OnlineApplicationPublicStatus?> GetPublicStatus();

    Task<OnlineApplicationView> Accept(AcceptOnlineApplicationCommand command);

    Task<OnlineApplicationView> NotifyMissing(NotifyMissingMaterialsCommand command);

    Task<OnlineApplicationView> Refuse(RefuseOnlineApplicationCommand command);

    /// <summary>Raises the late flag if the pre-examination is overdue.</summary>
    Task<OnlineApplicationView> CheckDeadlines(Actor actor);

    Task<OnlineApplicationView?> Get(Actor actor);

    /// <summary>A file's content, for the handling staff of the point only.</summary>
    Task<FileDownload> ReadFile(Actor actor, string fileId);

    Task<IReadOnlyList<CaseHistoryRow>> GetHistory(Actor actor);
}
