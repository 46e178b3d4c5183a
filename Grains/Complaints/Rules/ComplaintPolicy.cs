using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Complaints;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Oversight;

namespace Network.Grains.Complaints.Rules;

/// <summary>
/// Who may do what to a complaint, in which state: the one place this is decided. A complaint is
/// handled by a director or supervisor of its handling point (the point it is about, or for a
/// complaint about that point's director the supervising tier), never by the person it is about.
/// It is investigated before it is decided, except a complaint settled on the spot (现场协调).
/// A refusal says first who may not act (403), then what the state does not allow (409).
/// </summary>
public static class ComplaintPolicy
{
    private static readonly ComplaintAction[] Actions =
    [
        ComplaintAction.Acknowledge, ComplaintAction.Investigate, ComplaintAction.Decide, ComplaintAction.Reply,
        ComplaintAction.File, ComplaintAction.Extend, ComplaintAction.CheckDeadlines,
    ];

    public static DomainException? Check(ComplaintState state, Actor actor, ComplaintAction action, OversightContext context) => action switch
    {
        ComplaintAction.Read => CanRead(state, actor) ? null : OversightPolicy.Jurisdiction("number", $"Complaint {state.Number} is outside the reach of {actor}."),
        ComplaintAction.Acknowledge => Handles(state, actor, context) ?? When(state.Status == ComplaintStatus.Registered, state, "acknowledge"),
        ComplaintAction.Investigate => Handles(state, actor, context) ?? When(state.Status == ComplaintStatus.Acknowledged, state, "investigate"),
        ComplaintAction.Decide => Handles(state, actor, context)
            ?? When(state.Status == ComplaintStatus.Investigating || (state.Type == ComplaintType.OnSiteCoordination && state.Status == ComplaintStatus.Acknowledged), state, "decide"),
        ComplaintAction.Reply => Handles(state, actor, context) ?? ReplyWhen(state),
        ComplaintAction.File => Handles(state, actor, context)
            ?? When(state.Status == (state.Anonymous ? ComplaintStatus.Decided : ComplaintStatus.Replied), state, "file"),
        ComplaintAction.Extend => Handles(state, actor, context) ?? ExtendWhen(state, context),
        ComplaintAction.CheckDeadlines => actor.Role is ActorRole.CenterDirector or ActorRole.Supervisor
            ? Check(state, actor, ComplaintAction.Read, context)
            : OversightPolicy.Role(actor, "check a complaint's deadlines"),
        _ => OversightPolicy.Role(actor, action.ToString()),
    };

    public static void Ensure(ComplaintState state, Actor actor, ComplaintAction action, OversightContext context)
    {
        if (Check(state, actor, action, context) is { } refusal)
        {
            throw refusal;
        }
    }

    public static IReadOnlyList<ComplaintAction> Allowed(ComplaintState state, Actor actor, OversightContext context) =>
        state.IsClosed || !CanRead(state, actor) ? [] : Actions.Where(a => Check(state, actor, a, context) is null).ToArray();

    /// <summary>
    /// Directors, supervisors and the city monitor whose reach covers the point it is about or the
    /// point handling it, and whoever recorded it; never the person it is about.
    /// </summary>
    public static bool CanRead(ComplaintState state, Actor actor) =>
        actor.Role != ActorRole.System
        && actor.Id != state.Subject.ClerkId
        && (actor.Id == state.RegisteredBy
            || (actor.Role is ActorRole.CenterDirector or ActorRole.Supervisor or ActorRole.CityMonitor
                && (actor.Reaches(state.HandlingPointCode) || actor.Reaches(state.PointCode))));

    /// <summary>Only those who handle the complaint (and must reply) see the complainant in clear.</summary>
    public static bool ShowsComplainant(ComplaintState state, Actor actor, OversightContext context) => Handles(state, actor, context) is null;

    /// <summary>A director or supervisor of the handling point, who is not the person complained about.</summary>
    public static DomainException? Handles(ComplaintState state, Actor actor, OversightContext context) =>
        OversightPolicy.DirectsOrSupervises(actor, state.HandlingPointCode, context, "handle this complaint")
        ?? (actor.Id == state.Subject.ClerkId
            ? DomainException.Forbidden("actor", "complaint.aboutYou", $"Complaint {state.Number} is about {actor.Id}, who may not handle it.")
            : null);

    private static DomainException? ReplyWhen(ComplaintState state)
    {
        if (state.Anonymous)
        {
            return DomainException.Conflict("complaint.anonymous", $"Complaint {state.Number} is anonymous: it gets no feedback; file it once decided.", "complainant");
        }

        return When(state.Status == ComplaintStatus.Decided, state, "reply to");
    }

    private static DomainException? ExtendWhen(ComplaintState state, OversightContext context)
    {
        if (state.Type != ComplaintType.Transfer)
        {
            return DomainException.Conflict("complaint.notTransferred", $"Only a transferred complaint's reply deadline may be extended; {state.Number} is {state.Type}.", "type");
        }

        if (state.Extended)
        {
            return DomainException.Conflict("complaint.alreadyExtended", $"The reply deadline of {state.Number} was extended once already (to {state.ReplyBy:yyyy-MM-dd}).", "replyBy");
        }

        if (!state.ReplyClockRuns)
        {
            return OversightPolicy.IllegalTransition("complaint", state.Number, state.StatusName, "extend");
        }

        return context.Today > state.ReplyBy
            ? DomainException.Conflict("complaint.deadlinePassed", $"The reply deadline {state.ReplyBy:yyyy-MM-dd} of {state.Number} has passed; it can no longer be extended.", "replyBy")
            : null;
    }

    private static DomainException? When(bool allowed, ComplaintState state, string verb) =>
        allowed ? null : OversightPolicy.IllegalTransition("complaint", state.Number, state.StatusName, verb);
}
