using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Petitions;
using Network.Grains.Oversight;

namespace Network.Grains.Petitions.Rules;

/// <summary>
/// Who may do what to a petition, in which state: the one place this is decided. Staff of a point
/// register; its director (the organ's 负责人) decides whether to accept, extends and replies.
/// Supervisors and the city monitor read. A refusal says first who may not act (403), then what
/// the state does not allow (409).
/// </summary>
public static class PetitionPolicy
{
    private static readonly PetitionAction[] Actions = [PetitionAction.Accept, PetitionAction.Decline, PetitionAction.Extend, PetitionAction.Reply];

    public static DomainException? Check(PetitionState state, Actor actor, PetitionAction action, OversightContext context) => action switch
    {
        PetitionAction.Read => CanRead(state, actor) ? null : OversightPolicy.Jurisdiction("number", $"Petition {state.Number} is outside the reach of {actor}."),
        PetitionAction.Accept or PetitionAction.Decline => Directs(state, actor, context) ?? When(state.Status == PetitionStatus.Registered, state, action == PetitionAction.Accept ? "accept" : "decline"),
        PetitionAction.Extend => Directs(state, actor, context) ?? ExtendWhen(state, context),
        PetitionAction.Reply => Directs(state, actor, context) ?? When(state.Status == PetitionStatus.Accepted, state, "reply to"),
        _ => OversightPolicy.Role(actor, action.ToString()),
    };

    public static void Ensure(PetitionState state, Actor actor, PetitionAction action, OversightContext context)
    {
        if (Check(state, actor, action, context) is { } refusal)
        {
            throw refusal;
        }
    }

    public static IReadOnlyList<PetitionAction> Allowed(PetitionState state, Actor actor, OversightContext context) =>
        state.IsClosed || !CanRead(state, actor) ? [] : Actions.Where(a => Check(state, actor, a, context) is null).ToArray();

    /// <summary>Whoever registered it, and directors, supervisors and the city monitor whose reach covers its point.</summary>
    public static bool CanRead(PetitionState state, Actor actor) =>
        actor.Id == state.RegisteredBy && actor.PointCode == state.PointCode
        || actor.Role is ActorRole.CenterDirector or ActorRole.Supervisor or ActorRole.CityMonitor && actor.Reaches(state.PointCode);

    /// <summary>The petitioner in full to the point's directors only (who reply); masked to everyone else.</summary>
    public static bool ShowsPetitioner(PetitionState state, Actor actor, OversightContext context) => Directs(state, actor, context) is null;

    /// <summary>A window clerk or director of <paramref name="pointCode"/> (as its profile names them) registers petitions there.</summary>
    public static DomainException? MayRegister(Actor actor, string pointCode, OversightContext context)
    {
        if (actor.Role is not (ActorRole.WindowClerk or ActorRole.CenterDirector))
        {
            return OversightPolicy.Role(actor, "register a petition");
        }

        var profile = context.Point(pointCode);
        return actor.PointCode == pointCode && profile is not null && OversightPolicy.IsStaff(profile, actor.Id)
            ? null
            : OversightPolicy.Jurisdiction("pointCode", $"{actor.Id} registers petitions at their own point only, not at {pointCode}.");
    }

    private static DomainException? Directs(PetitionState state, Actor actor, OversightContext context) =>
        actor.Role == ActorRole.CenterDirector
            ? OversightPolicy.DirectsOrSupervises(actor, state.PointCode, context, "decide on this petition")
            : OversightPolicy.Role(actor, "decide on a petition");

    private static DomainException? ExtendWhen(PetitionState state, OversightContext context)
    {
        if (state.Status != PetitionStatus.Accepted)
        {
            return OversightPolicy.IllegalTransition("petition", state.Number, state.StatusName, "extend");
        }

        if (state.ExtendedDays > 0)
        {
            return DomainException.Conflict("petition.alreadyExtended", $"The handling limit of {state.Number} was extended once already (to {state.ReplyBy:yyyy-MM-dd}).", "replyBy");
        }

        return context.Today > state.ReplyBy
            ? DomainException.Conflict("petition.deadlinePassed", $"The handling limit {state.ReplyBy:yyyy-MM-dd} of {state.Number} has passed; it can no longer be extended.", "replyBy")
            : null;
    }

    private static DomainException? When(bool allowed, PetitionState state, string verb) =>
        allowed ? null : OversightPolicy.IllegalTransition("petition", state.Number, state.StatusName, verb);
}
