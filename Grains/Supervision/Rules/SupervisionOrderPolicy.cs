using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Supervision;
using Network.Grains.Oversight;

namespace Network.Grains.Supervision.Rules;

/// <summary>
/// Who may do what to a supervision order: the point addressed replies (its director or supervisor),
/// the issuing point accepts or sends back (its director or supervisor). Read by those whose reach
/// covers either point.
/// </summary>
public static class SupervisionOrderPolicy
{
    private static readonly SupervisionOrderAction[] Actions =
        [SupervisionOrderAction.Reply, SupervisionOrderAction.Accept, SupervisionOrderAction.SendBack, SupervisionOrderAction.CheckDeadlines];

    public static DomainException? Check(SupervisionOrderState state, Actor actor, SupervisionOrderAction action, OversightContext context) => action switch
    {
        SupervisionOrderAction.Read => CanRead(state, actor) ? null : OversightPolicy.Jurisdiction("number", $"Supervision order {state.Number} is outside the reach of {actor}."),
        SupervisionOrderAction.Reply => OversightPolicy.DirectsOrSupervises(actor, state.PointCode, context, "reply to this supervision order")
            ?? When(state.ClockRuns, state, "reply to"),
        SupervisionOrderAction.Accept or SupervisionOrderAction.SendBack =>
            OversightPolicy.DirectsOrSupervises(actor, state.IssuerPointCode, context, "accept or send back this supervision order")
            ?? When(state.Status == SupervisionOrderStatus.Replied, state, action == SupervisionOrderAction.Accept ? "accept" : "send back"),
        SupervisionOrderAction.CheckDeadlines => actor.Role is ActorRole.CenterDirector or ActorRole.Supervisor
            ? Check(state, actor, SupervisionOrderAction.Read, context)
            : OversightPolicy.Role(actor, "check a supervision order's deadline"),
        _ => OversightPolicy.Role(actor, action.ToString()),
    };

    public static void Ensure(SupervisionOrderState state, Actor actor, SupervisionOrderAction action, OversightContext context)
    {
        if (Check(state, actor, action, context) is { } refusal)
        {
            throw refusal;
        }
    }

    public static IReadOnlyList<SupervisionOrderAction> Allowed(SupervisionOrderState state, Actor actor, OversightContext context) =>
        state.IsClosed || !CanRead(state, actor) ? [] : Actions.Where(a => Check(state, actor, a, context) is null).ToArray();

    public static bool CanRead(SupervisionOrderState state, Actor actor) =>
        actor.Role is ActorRole.CenterDirector or ActorRole.Supervisor or ActorRole.CityMonitor
        && (actor.Reaches(state.PointCode) || actor.Reaches(state.IssuerPointCode));

    private static DomainException? When(bool allowed, SupervisionOrderState state, string verb) =>
        allowed ? null : OversightPolicy.IllegalTransition("supervisionOrder", state.Number, state.StatusName, verb);
}
