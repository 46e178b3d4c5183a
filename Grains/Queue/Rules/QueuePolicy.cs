using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Queue;

namespace Network.Grains.Queue.Rules;

/// <summary>
/// Who may do what with a point's queue of the day, in which state: the one place this is decided.
/// Pure. Tickets are taken by the kiosk (a citizen) or by the point's staff; a window's tickets are
/// called and served by the clerk on duty at it (A, or B while A is away: AB岗) or by a director
/// of the point. A refusal says first who may not (403), then what the state does not allow (409).
/// </summary>
public static class QueuePolicy
{
    /// <summary>Null when <paramref name="actor"/> may take <paramref name="action"/> at <paramref name="windowId"/> (on <paramref name="ticket"/>) now.</summary>
    public static DomainException? Check(QueueState state, Actor actor, QueueAction action, QueueContext context, string windowId, Ticket? ticket = null) =>
        action switch
        {
            QueueAction.Read => CanRead(state, actor) ? null : Jurisdiction("pointCode", $"The queue of {state.PointCode} is outside the jurisdiction of {actor}."),
            QueueAction.Issue => IssueWho(state, actor) ?? Today(state, context),
            QueueAction.CallNext => OnDuty(state, actor, context, windowId) ?? Today(state, context) ?? CallNextWhen(state, windowId),
            QueueAction.Recall => OnDuty(state, actor, context, windowId) ?? When(ticket, TicketStatus.Called, "recall"),
            QueueAction.MarkNoShow => OnDuty(state, actor, context, windowId) ?? When(ticket, TicketStatus.Called, "mark as a no-show")
                ?? (ticket!.Calls >= context.NoShowAfterCalls
                    ? null
                    : DomainException.Conflict("ticket.tooFewCalls", $"Ticket {ticket.Number} has been called {ticket.Calls} times; it can be marked a no-show after {context.NoShowAfterCalls}.", "ticket")),
            QueueAction.Transfer => OnDuty(state, actor, context, windowId)
                ?? (ticket is { Status: TicketStatus.Called or TicketStatus.Serving } ? null : NotNow(ticket, "transfer")),
            QueueAction.StartServing => OnDuty(state, actor, context, windowId) ?? When(ticket, TicketStatus.Called, "start serving"),
            QueueAction.Finish => OnDuty(state, actor, context, windowId) ?? When(ticket, TicketStatus.Serving, "finish"),
            _ => DomainException.Forbidden("role", "auth.role", $"A {actor.Role} cannot {action}."),
        };

    public static void Ensure(QueueState state, Actor actor, QueueAction action, QueueContext context, string windowId, Ticket? ticket = null)
    {
        if (Check(state, actor, action, context, windowId, ticket) is { } refusal)
        {
            throw refusal;
        }
    }

    /// <summary>Staff within reach of the point read the queue; the public reads only the board.</summary>
    public static bool CanRead(QueueState state, Actor actor) =>
        actor.Role is ActorRole.WindowClerk or ActorRole.CenterDirector or ActorRole.CityMonitor or ActorRole.ProxyAgent && actor.Reaches(state.PointCode);

    /// <summary>What <paramref name="actor"/> may do now: call next per window, and per active ticket its actions.</summary>
    public static IReadOnlyList<QueueAllowedAction> Allowed(QueueState state, Actor actor, QueueContext context)
    {
        var allowed = new List<QueueAllowedAction>();
        if (!CanRead(state, actor))
        {
            return allowed;
        }

        foreach (var window in context.Point.Windows)
        {
            if (Check(state, actor, QueueAction.CallNext, context, window.Id) is null)
            {
                allowed.Add(new QueueAllowedAction(QueueAction.CallNext, window.Id));
            }
        }

        foreach (var ticket in state.Tickets.Where(t => t.Status is TicketStatus.Called or TicketStatus.Serving))
        {
            foreach (var action in TicketActions)
            {
                if (Check(state, actor, action, context, ticket.WindowId, ticket) is null)
                {
                    allowed.Add(new QueueAllowedAction(action, ticket.WindowId, ticket.Number));
                }
            }
        }

        return allowed;
    }

    private static readonly QueueAction[] TicketActions =
        [QueueAction.Recall, QueueAction.MarkNoShow, QueueAction.Transfer, QueueAction.StartServing, QueueAction.Finish];

    /// <summary>The kiosk of the point (a citizen there) or its own staff take tickets.</summary>
    private static DomainException? IssueWho(QueueState state, Actor actor) => actor.Role switch
    {
        ActorRole.Citizen or ActorRole.WindowClerk or ActorRole.CenterDirector when actor.PointCode == state.PointCode => null,
        ActorRole.Citizen or ActorRole.WindowClerk or ActorRole.CenterDirector => Jurisdiction("pointCode", $"Tickets of {state.PointCode} are taken there, not by {actor}."),
        _ => DomainException.Forbidden("role", "auth.role", $"A {actor.Role} does not take queue tickets."),
    };

    /// <summary>
    /// The clerk on duty at the window (A, or B while A is away), or a director of the point.
    /// </summary>
    private static DomainException? OnDuty(QueueState state, Actor actor, QueueContext context, string windowId)
    {
        if (actor.Role is not (ActorRole.WindowClerk or ActorRole.CenterDirector))
        {
            return DomainException.Forbidden("role", "auth.role", $"A {actor.Role} does not call queue tickets.");
        }

        if (actor.PointCode != state.PointCode)
        {
            return Jurisdiction("pointCode", $"The queue of {state.PointCode} is called there, not by {actor}.");
        }

        if (context.Point.FindWindow(windowId) is null)
        {
            return DomainException.NotFound("windowId", "window.unknown", $"{context.Point.Name} has no window '{windowId}'.");
        }

        if (actor.Role == ActorRole.CenterDirector)
        {
            return context.Point.IsDirector(actor.Id) ? null : Jurisdiction("pointCode", $"{actor.Id} is not a director of {context.Point.Name}.");
        }

        if (!context.Duties.TryGetValue(windowId, out var duty))
        {
            return Jurisdiction("windowId", $"Who is on duty at window {windowId} is not known.");
        }

        return duty.OnDuty.Id == actor.Id
            ? null
            : Jurisdiction("windowId", duty.PrimaryAway
                ? $"The A clerk of window {windowId} is away; its B clerk {duty.OnDuty.Name} calls its tickets."
                : $"Window {windowId}'s tickets are called by the clerk on duty there, {duty.OnDuty.Name}.");
    }

    private static DomainException? Today(QueueState state, QueueContext context) =>
        state.Date == context.Today
            ? null
            : DomainException.Conflict("queue.notToday", $"The queue of {state.Date:yyyy-MM-dd} is not today's ({context.Today:yyyy-MM-dd}).", "date");

    private static DomainException? CallNextWhen(QueueState state, string windowId)
    {
        if (state.AtWindow(windowId) is { } current)
        {
            return DomainException.Conflict("queue.windowBusy", $"Ticket {current.Number} is still {current.Status} at this window: serve it, transfer it or mark it a no-show first.", "windowId");
        }

        return state.WaitingAt(windowId).Any()
            ? null
            : DomainException.Conflict("queue.empty", "Nobody is waiting for this window.", "windowId");
    }

    private static DomainException? When(Ticket? ticket, TicketStatus needed, string what) =>
        ticket?.Status == needed ? null : NotNow(ticket, what);

    private static DomainException NotNow(Ticket? ticket, string what) => ticket is null
        ? DomainException.NotFound("ticket", "ticket.unknown", "There is no such ticket today.")
        : DomainException.Conflict("ticket.illegalTransition", $"Ticket {ticket.Number} is {ticket.Status}: cannot {what} it.", "ticket");

    private static DomainException Jurisdiction(string field, string message) => DomainException.Forbidden(field, "auth.jurisdiction", message);
}
