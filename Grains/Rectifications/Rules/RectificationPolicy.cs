using Network.Grains.Cases;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Rectifications;

namespace Network.Grains.Rectifications.Rules;

/// <summary>
/// Who may do what to a rectification, in which state, pure: the point that served owns it
/// (谁办理、谁负责) — its staff call back and feed back, its director decides the measure and may
/// appeal; the supervising tier's director (of the parent point) decides an appeal. First who
/// (403), then when (409).
/// </summary>
public static class RectificationPolicy
{
    private static readonly RectificationAction[] Actions =
    [
        RectificationAction.CallBack, RectificationAction.Resolve, RectificationAction.FinishRectification,
        RectificationAction.FeedBack, RectificationAction.Appeal, RectificationAction.DecideAppeal,
    ];

    public static DomainException? Check(RectificationState state, Actor actor, RectificationAction action, RectificationContext context) =>
        action switch
        {
            RectificationAction.Read => CanRead(state, actor) ? null : DomainException.Forbidden("id", "auth.jurisdiction", $"Rectification {state.Id} is outside the jurisdiction of {actor}."),
            RectificationAction.CallBack => StaffOfPoint(state, actor, context) ?? When(state, RectificationStatus.AwaitingCallBack, "call back"),
            RectificationAction.Resolve => DirectorOfPoint(state, actor, context) ?? When(state, RectificationStatus.Verified, "decide the measure of"),
            RectificationAction.FinishRectification => DirectorOfPoint(state, actor, context) ?? When(state, RectificationStatus.Rectifying, "finish"),
            RectificationAction.FeedBack => StaffOfPoint(state, actor, context) ?? When(state, RectificationStatus.AwaitingFeedback, "feed back"),
            RectificationAction.Appeal => DirectorOfPoint(state, actor, context) ?? When(state, RectificationStatus.Verified, "appeal"),
            RectificationAction.DecideAppeal => DirectorOfParent(state, actor, context) ?? When(state, RectificationStatus.Appealed, "decide the appeal of"),
            _ => DomainException.Forbidden("role", "auth.role", $"{action} is not an action on a rectification."),
        };

    public static void Ensure(RectificationState state, Actor actor, RectificationAction action, RectificationContext context)
    {
        if (Check(state, actor, action, context) is { } refusal)
        {
            throw refusal;
        }
    }

    public static IReadOnlyList<RectificationAction> Allowed(RectificationState state, Actor actor, RectificationContext context) =>
        state.IsClosed || !CanRead(state, actor) ? [] : Actions.Where(a => Check(state, actor, a, context) is null).ToArray();

    /// <summary>Readable by actors whose jurisdiction reaches the point that served (its staff, directors above it, the city monitor).</summary>
    public static bool CanRead(RectificationState state, Actor actor) => actor.Role != ActorRole.System && actor.Reaches(state.PointCode);

    public static void EnsureNotSystem(Actor? actor) => ActorGate.EnsureNotSystem(actor);

    /// <summary>A window clerk of the point (any window) or a director of it: a named person of the point that served.</summary>
    private static DomainException? StaffOfPoint(RectificationState state, Actor actor, RectificationContext context)
    {
        if (actor.Role is not (ActorRole.WindowClerk or ActorRole.CenterDirector))
        {
            return Role(actor, "work on a rectification");
        }

        var profile = context.Point(state.PointCode);
        var staffs = actor.PointCode == state.PointCode && profile is not null
            && (actor.Role == ActorRole.CenterDirector ? profile.IsDirector(actor.Id) : profile.Windows.Any(w => w.IsStaffedBy(actor.Id)));
        return staffs ? null : DomainException.Forbidden("pointCode", "auth.jurisdiction", $"{actor} is not staff of {state.PointCode}, which owns rectification {state.Id} (谁办理、谁负责).");
    }

    private static DomainException? DirectorOfPoint(RectificationState state, Actor actor, RectificationContext context)
    {
        if (actor.Role != ActorRole.CenterDirector)
        {
            return Role(actor, "decide a rectification");
        }

        return actor.PointCode == state.PointCode && context.Point(state.PointCode)?.IsDirector(actor.Id) == true
            ? null
            : DomainException.Forbidden("pointCode", "auth.jurisdiction", $"Only a director of {state.PointCode} decides its rectification {state.Id}; {actor} cannot.");
    }

    /// <summary>The supervising tier: a director of the parent point of the point that served.</summary>
    private static DomainException? DirectorOfParent(RectificationState state, Actor actor, RectificationContext context)
    {
        if (actor.Role != ActorRole.CenterDirector)
        {
            return Role(actor, "decide an appeal");
        }

        var parent = DivisionCode.Parse(state.PointCode).Parent?.Value;
        return parent is not null && actor.PointCode == parent && context.Point(parent)?.IsDirector(actor.Id) == true
            ? null
            : DomainException.Forbidden("pointCode", "auth.jurisdiction", $"An appeal of {state.PointCode} is decided by a director of the supervising tier ({parent ?? "none"}); {actor} cannot.");
    }

    private static DomainException? When(RectificationState state, RectificationStatus needed, string verb) =>
        state.Status == needed ? null : IllegalTransition(state, verb);

    public static DomainException IllegalTransition(RectificationState state, string verb) =>
        DomainException.Conflict("rectification.illegalTransition", $"Cannot {verb} rectification {state.Id}: it is {state.Status}.", "status");

    private static DomainException Role(Actor actor, string what) =>
        DomainException.Forbidden("role", "auth.role", $"A {actor.Role} cannot {what}; {actor.Id} is a {actor.Role}.");
}
