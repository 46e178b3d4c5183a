using Network.Grains.Cases;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Fees;

namespace Network.Grains.Fees.Rules;

/// <summary>
/// Who may do what to a collection day, in which state: first who (403: role, then point or window),
/// then when (409: the day is closed, or not today). Pure; the grain asks it before every read and
/// change, and views list what it allows.
/// </summary>
public static class CollectionPolicy
{
    private static readonly CollectionAction[] Actions = [CollectionAction.Charge, CollectionAction.CollectBill, CollectionAction.Refund, CollectionAction.Close];

    public static DomainException? Check(CollectionDayState state, Actor actor, CollectionAction action, CollectionContext context) => action switch
    {
        CollectionAction.Read => actor.Role != ActorRole.System && actor.Reaches(state.PointCode)
            ? null
            : DomainException.Forbidden("pointCode", "auth.jurisdiction", $"The collection of {state.PointCode} is outside the jurisdiction of {actor}."),
        CollectionAction.Charge or CollectionAction.CollectBill => AtWindow(state, actor, context) ?? Open(state) ?? Today(state, context),
        CollectionAction.Refund => Director(state, actor, context) ?? Open(state),
        CollectionAction.Close => (actor.Role == ActorRole.WindowClerk ? AtWindow(state, actor, context) : Director(state, actor, context)) ?? Open(state),
        _ => DomainException.Forbidden("role", "auth.role", $"{actor.Role} cannot {action}."),
    };

    public static void Ensure(CollectionDayState state, Actor actor, CollectionAction action, CollectionContext context)
    {
        if (Check(state, actor, action, context) is { } refusal)
        {
            throw refusal;
        }
    }

    public static IReadOnlyList<CollectionAction> Allowed(CollectionDayState state, Actor actor, CollectionContext context) =>
        state.IsClosed || Check(state, actor, CollectionAction.Read, context) is not null
            ? []
            : Actions.Where(a => Check(state, actor, a, context) is null).ToArray();

    /// <summary>Refuses a missing actor and the network's own actor on the public contract.</summary>
    public static void EnsureNotSystem(Actor? actor) => ActorGate.EnsureNotSystem(actor);

    /// <summary>The window's A or B clerk, at its point.</summary>
    private static DomainException? AtWindow(CollectionDayState state, Actor actor, CollectionContext context)
    {
        if (actor.Role != ActorRole.WindowClerk)
        {
            return DomainException.Forbidden("role", "auth.role", $"Only a window clerk takes payments; {actor.Role} does not.");
        }

        if (actor.PointCode != state.PointCode)
        {
            return DomainException.Forbidden("pointCode", "auth.jurisdiction", $"Clerk {actor.Id} works at {actor.PointCode}, not at {state.PointCode}.");
        }

        var window = context.Point?.FindWindow(state.WindowId);
        return window is not null && window.IsStaffedBy(actor.Id)
            ? null
            : DomainException.Forbidden("windowId", "auth.jurisdiction", $"Clerk {actor.Id} does not staff window {state.WindowId} of {state.PointCode}.");
    }

    /// <summary>A director of the day's point (a refund needs the director).</summary>
    private static DomainException? Director(CollectionDayState state, Actor actor, CollectionContext context)
    {
        if (actor.Role != ActorRole.CenterDirector)
        {
            return DomainException.Forbidden("role", "auth.role", $"Only the point's director may do this; {actor.Role} may not.");
        }

        return actor.PointCode == state.PointCode && context.Point?.IsDirector(actor.Id) == true
            ? null
            : DomainException.Forbidden("pointCode", "auth.jurisdiction", $"{actor.Id} is not a director of {state.PointCode}.");
    }

    private static DomainException? Open(CollectionDayState state) =>
        state.IsClosed
            ? DomainException.Conflict("collection.dayClosed", $"The collection day {state.Date:yyyy-MM-dd} of window {state.WindowId} is closed (日结) and locked.")
            : null;

    private static DomainException? Today(CollectionDayState state, CollectionContext context) =>
        state.Date == context.Today
            ? null
            : DomainException.Conflict("collection.notToday", $"Payments are taken on the day itself ({context.Today:yyyy-MM-dd}), not on {state.Date:yyyy-MM-dd}.", "date");
}
