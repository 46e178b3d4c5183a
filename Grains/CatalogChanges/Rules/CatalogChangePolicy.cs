using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.CatalogChanges;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;
using Network.Grains.Oversight;

namespace Network.Grains.CatalogChanges.Rules;

/// <summary>
/// Who may do what to a catalog change: a township's or village's director proposes for their own
/// point; the director of the point's city (市政务服务中心主任, for the management committee and its
/// legal review, 备案审核) approves or refuses while it is proposed. Read by directors, supervisors and
/// the city monitor whose reach covers the point.
/// </summary>
public static class CatalogChangePolicy
{
    private static readonly CatalogChangeAction[] Actions = [CatalogChangeAction.Approve, CatalogChangeAction.Refuse];

    public static DomainException? Check(CatalogChangeState state, Actor actor, CatalogChangeAction action, CatalogChangeContext context) => action switch
    {
        CatalogChangeAction.Read => CanRead(state, actor) ? null : OversightPolicy.Jurisdiction("number", $"Catalog change {state.Number} is outside the reach of {actor}."),
        CatalogChangeAction.Approve or CatalogChangeAction.Refuse => Directs(actor, state.CityCode, context, "approve or refuse a change of a point's catalog")
            ?? (state.Status == CatalogChangeStatus.Proposed
                ? null
                : OversightPolicy.IllegalTransition("catalogChange", state.Number, state.StatusName, action == CatalogChangeAction.Approve ? "approve" : "refuse")),
        _ => OversightPolicy.Role(actor, action.ToString()),
    };

    public static void Ensure(CatalogChangeState state, Actor actor, CatalogChangeAction action, CatalogChangeContext context)
    {
        if (Check(state, actor, action, context) is { } refusal)
        {
            throw refusal;
        }
    }

    /// <summary>A director of a township or village proposing for their own point; or why not.</summary>
    public static void EnsureProposer(Actor actor, CatalogChangeContext context)
    {
        if (Directs(actor, actor.PointCode, context, "propose a change of a point's catalog") is { } refusal)
        {
            throw refusal;
        }

        if (DivisionCode.Parse(actor.PointCode, "actor").Tier == Tier.City)
        {
            throw OversightPolicy.Role(actor, "propose a change for the city itself (the city publishes its master catalog)");
        }
    }

    public static IReadOnlyList<CatalogChangeAction> Allowed(CatalogChangeState state, Actor actor, CatalogChangeContext context) =>
        state.IsClosed || !CanRead(state, actor) ? [] : Actions.Where(a => Check(state, actor, a, context) is null).ToArray();

    public static bool CanRead(CatalogChangeState state, Actor actor) =>
        actor.Role is ActorRole.CenterDirector or ActorRole.Supervisor or ActorRole.CityMonitor && actor.Reaches(state.PointCode);

    /// <summary>A director of <paramref name="pointCode"/> as its profile names them; or why not.</summary>
    private static DomainException? Directs(Actor actor, string pointCode, CatalogChangeContext context, string what)
    {
        if (actor.Role != ActorRole.CenterDirector)
        {
            return OversightPolicy.Role(actor, what);
        }

        if (context.Point(actor.PointCode)?.IsDirector(actor.Id) != true)
        {
            return OversightPolicy.Jurisdiction("actor", $"{actor.Id} is not a director of {actor.PointCode}.");
        }

        return actor.PointCode == pointCode ? null : OversightPolicy.Jurisdiction("pointCode", $"{actor.Id} of {actor.PointCode} may not {what} of {pointCode}.");
    }
}
