using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.OnlineFiling;
using Network.Grains.Oversight;

namespace Network.Grains.OnlineFiling.Rules;

/// <summary>
/// Who may do what to an online application, in which state: the one place this is decided. The
/// clerks (A and B) of the item's window at the point pre-examine it, once it is submitted; they
/// and the point's directors may open its files, nobody else (not the public, not another point,
/// not another window, not the city monitor). Staff whose reach covers the point read it, the
/// applicant masked. A refusal says first who may not act (403), then what the state does not allow (409).
/// </summary>
public static class OnlineApplicationPolicy
{
    private static readonly OnlineApplicationAction[] Actions =
    [
        OnlineApplicationAction.Accept, OnlineApplicationAction.NotifyMissing, OnlineApplicationAction.Refuse, OnlineApplicationAction.CheckDeadlines,
    ];

    public static DomainException? Check(OnlineApplicationState state, Actor actor, OnlineApplicationAction action, OversightContext context) => action switch
    {
        OnlineApplicationAction.Read => CanRead(state, actor) ? null : OversightPolicy.Jurisdiction("number", $"Online application {state.Number} is outside the reach of {actor}."),
        OnlineApplicationAction.Accept => Examines(state, actor, context) ?? Submitted(state, "accept"),
        OnlineApplicationAction.NotifyMissing => Examines(state, actor, context) ?? Submitted(state, "notify what is missing for") ?? NoticeOnce(state),
        OnlineApplicationAction.Refuse => Examines(state, actor, context) ?? Submitted(state, "refuse"),
        OnlineApplicationAction.CheckDeadlines => (Examines(state, actor, context) is null || OversightPolicy.DirectsOrSupervises(actor, state.PointCode, context, "check deadlines") is null)
            ? null
            : OversightPolicy.Role(actor, "check an online application's deadline"),
        _ => OversightPolicy.Role(actor, action.ToString()),
    };

    public static void Ensure(OnlineApplicationState state, Actor actor, OnlineApplicationAction action, OversightContext context)
    {
        if (Check(state, actor, action, context) is { } refusal)
        {
            throw refusal;
        }
    }

    public static IReadOnlyList<OnlineApplicationAction> Allowed(OnlineApplicationState state, Actor actor, OversightContext context) =>
        state.IsClosed || !CanRead(state, actor) ? [] : Actions.Where(a => Check(state, actor, a, context) is null).ToArray();

    /// <summary>Staff whose reach covers the point (clerks and agents their own point, directors and supervisors their subtree, the city monitor its city); never the public.</summary>
    public static bool CanRead(OnlineApplicationState state, Actor actor) =>
        actor.Role is not (ActorRole.System or ActorRole.Citizen or ActorRole.Administrator) && actor.Reaches(state.PointCode);

    /// <summary>A clerk (A or B) of the item's window at the point, as the point's profile names them; or why not.</summary>
    public static DomainException? Examines(OnlineApplicationState state, Actor actor, OversightContext context)
    {
        if (actor.Role != ActorRole.WindowClerk)
        {
            return OversightPolicy.Role(actor, "pre-examine an online application");
        }

        if (actor.PointCode != state.PointCode)
        {
            return OversightPolicy.Jurisdiction("pointCode", $"Clerk {actor.Id} works at {actor.PointCode}, not at {state.PointCode}.");
        }

        return context.Point(state.PointCode)?.FindWindow(state.WindowId)?.IsStaffedBy(actor.Id) == true
            ? null
            : OversightPolicy.Jurisdiction("windowId", $"Clerk {actor.Id} does not staff window {state.WindowId}, which handles {state.ItemName}.");
    }

    /// <summary>Those who may open the files: the clerks of the item's window and the point's own directors.</summary>
    public static DomainException? OpensFiles(OnlineApplicationState state, Actor actor, OversightContext context)
    {
        if (actor.Role == ActorRole.CenterDirector && actor.PointCode == state.PointCode && context.Point(state.PointCode)?.IsDirector(actor.Id) == true)
        {
            return null;
        }

        return Examines(state, actor, context);
    }

    /// <summary>Only those who pre-examine it see the applicant in clear.</summary>
    public static bool ShowsApplicant(OnlineApplicationState state, Actor actor, OversightContext context) => OpensFiles(state, actor, context) is null;

    private static DomainException? Submitted(OnlineApplicationState state, string verb) =>
        state.Status == OnlineApplicationStatus.Submitted ? null : OversightPolicy.IllegalTransition("onlineApplication", state.Number, state.StatusName, verb);

    private static DomainException? NoticeOnce(OnlineApplicationState state) =>
        state.NoticesIssued == 0
            ? null
            : DomainException.Conflict("onlineApplication.noticeOnce", $"The missing materials of {state.Number} were notified once already (一次性告知); accept or refuse it now.", "missing");
}
