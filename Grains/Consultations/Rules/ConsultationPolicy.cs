using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Consultations;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Oversight;

namespace Network.Grains.Consultations.Rules;

/// <summary>
/// Who may do what to a consultation, in which state: the one place this is decided. The owner
/// (首问负责人, the clerk asked first until an explicit hand-over) answers it, hands it over or turns
/// it into a matter; a director of the point may reassign it. A refusal says first who may not act
/// (403), then what the state does not allow (409).
/// </summary>
public static class ConsultationPolicy
{
    private static readonly ConsultationAction[] Actions = [ConsultationAction.Answer, ConsultationAction.HandOver, ConsultationAction.TurnIntoMatter];

    public static DomainException? Check(ConsultationState state, Actor actor, ConsultationAction action, OversightContext context) => action switch
    {
        ConsultationAction.Read => CanRead(state, actor) ? null : OversightPolicy.Jurisdiction("number", $"Consultation {state.Number} is outside the reach of {actor}."),
        ConsultationAction.Answer => Owns(state, actor) ?? When(state.Status == ConsultationStatus.Open, state, "answer"),
        ConsultationAction.HandOver => OwnsOrDirects(state, actor, context) ?? When(state.Status == ConsultationStatus.Open, state, "hand over"),
        ConsultationAction.TurnIntoMatter => Owns(state, actor) ?? When(state.Status != ConsultationStatus.TurnedIntoMatter, state, "turn into a matter"),
        _ => OversightPolicy.Role(actor, action.ToString()),
    };

    public static void Ensure(ConsultationState state, Actor actor, ConsultationAction action, OversightContext context)
    {
        if (Check(state, actor, action, context) is { } refusal)
        {
            throw refusal;
        }
    }

    public static IReadOnlyList<ConsultationAction> Allowed(ConsultationState state, Actor actor, OversightContext context) =>
        !CanRead(state, actor) ? [] : Actions.Where(a => Check(state, actor, a, context) is null).ToArray();

    /// <summary>The staff of its point (clerks, agents, directors and supervisors whose reach covers it) and the city monitor.</summary>
    public static bool CanRead(ConsultationState state, Actor actor) =>
        actor.Role is ActorRole.WindowClerk or ActorRole.ProxyAgent or ActorRole.CenterDirector or ActorRole.Supervisor or ActorRole.CityMonitor
        && actor.Reaches(state.PointCode);

    /// <summary>Who asked is shown in clear to its owner, its first clerk and the point's directors only.</summary>
    public static bool ShowsInquirer(ConsultationState state, Actor actor, OversightContext context) =>
        actor.Id == state.OwnerClerkId || actor.Id == state.FirstClerkId || DirectsPoint(state, actor, context) is null;

    /// <summary>Who may record a consultation at <paramref name="pointCode"/>: a clerk, proxy agent or director of that point, as its profile names them.</summary>
    public static DomainException? MayRecord(Actor actor, string pointCode, OversightContext context)
    {
        if (actor.Role is not (ActorRole.WindowClerk or ActorRole.ProxyAgent or ActorRole.CenterDirector))
        {
            return OversightPolicy.Role(actor, "record a consultation");
        }

        var profile = context.Point(pointCode);
        return actor.PointCode == pointCode && profile is not null && OversightPolicy.IsStaff(profile, actor.Id)
            ? null
            : OversightPolicy.Jurisdiction("pointCode", $"{actor.Id} records consultations at their own point only, not at {pointCode}.");
    }

    private static DomainException? Owns(ConsultationState state, Actor actor) =>
        actor.Id == state.OwnerClerkId && actor.PointCode == state.PointCode ? null : NotOwner(state, actor);

    private static DomainException? OwnsOrDirects(ConsultationState state, Actor actor, OversightContext context) =>
        Owns(state, actor) is null || DirectsPoint(state, actor, context) is null ? null : NotOwner(state, actor);

    private static DomainException NotOwner(ConsultationState state, Actor actor) =>
        DomainException.Forbidden("actor", "consultation.notOwner", $"Only the owner of consultation {state.Number} ({state.OwnerClerkId}) may do that{(actor.Role == ActorRole.CenterDirector ? string.Empty : ", or a director of the point may reassign it")}.");

    private static DomainException? DirectsPoint(ConsultationState state, Actor actor, OversightContext context) =>
        actor.Role == ActorRole.CenterDirector ? OversightPolicy.DirectsOrSupervises(actor, state.PointCode, context, "reassign this consultation") : OversightPolicy.Role(actor, "reassign a consultation");

    private static DomainException? When(bool allowed, ConsultationState state, string verb) =>
        allowed ? null : OversightPolicy.IllegalTransition("consultation", state.Number, state.StatusName, verb);
}
