using System.Globalization;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Queue;

namespace Network.Grains.Queue.Rules;

/// <summary>
/// The rules of the hall's queue (排队叫号). Pure: (state, command, context) → a change, or a
/// <see cref="DomainException"/>. Numbers restart every day at every point, with the prefix of
/// the window (service category) they are taken for; priority tickets (绿色通道, appointments
/// checked in) are called first, each kind in the order taken; a ticket called the set number of
/// times may be marked a no-show; a transferred ticket keeps its place.
/// </summary>
public static class QueueRules
{
    public static QueueChange Issue(QueueState state, IssueTicketCommand command, QueueContext context, string? appointmentCode = null)
    {
        var windowId = Require(command.WindowId, "windowId");
        if (!Enum.IsDefined(command.Priority))
        {
            throw DomainException.Invalid("priority", "ticket.priorityUnknown", $"'{command.Priority}' is not a priority.");
        }

        if (command.Priority == TicketPriority.Appointment && appointmentCode is null)
        {
            throw DomainException.Invalid("priority", "ticket.appointmentOnly", "Appointment priority comes with an appointment checked in, not from the kiosk's buttons.");
        }

        QueuePolicy.Ensure(state, command.Actor, QueueAction.Issue, context, windowId);
        var (_, prefix) = context.Category(windowId)
            ?? throw DomainException.NotFound("windowId", "window.unknown", $"{context.Point.Name} has no window '{windowId}'.");
        var number = state.Tickets.Count(t => t.Prefix == prefix) + 1;
        var ticket = new Ticket(
            prefix + number.ToString("000", CultureInfo.InvariantCulture),
            prefix,
            state.Tickets.Count + 1,
            windowId,
            command.Priority,
            TicketStatus.Waiting,
            context.Now) { AppointmentCode = appointmentCode };
        var change = new QueueChange(state, context.Now, command.Actor.Id);
        change.Record("Issued", null, ticket, state with { Tickets = [.. state.Tickets, ticket] });
        return change;
    }

    public static QueueChange CallNext(QueueState state, CallNextCommand command, QueueContext context)
    {
        var windowId = Require(command.WindowId, "windowId");
        QueuePolicy.Ensure(state, command.Actor, QueueAction.CallNext, context, windowId);
        var next = state.WaitingAt(windowId).First();
        return Called(state, next, next with { Status = TicketStatus.Called, Calls = 1, CalledAt = context.Now, CalledBy = command.Actor.Id }, "Called", command.Actor, context);
    }

    public static QueueChange Recall(QueueState state, RecallCommand command, QueueContext context)
    {
        var ticket = Find(state, command.Ticket);
        QueuePolicy.Ensure(state, command.Actor, QueueAction.Recall, context, ticket.WindowId, ticket);
        return Called(state, ticket, ticket with { Calls = ticket.Calls + 1, CalledAt = context.Now, CalledBy = command.Actor.Id }, "Recalled", command.Actor, context);
    }

    public static QueueChange MarkNoShow(QueueState state, MarkNoShowCommand command, QueueContext context)
    {
        var ticket = Find(state, command.Ticket);
        QueuePolicy.Ensure(state, command.Actor, QueueAction.MarkNoShow, context, ticket.WindowId, ticket);
        return Step(state, ticket, ticket with { Status = TicketStatus.NoShow, FinishedAt = context.Now }, "NoShow", command.Actor, context);
    }

    /// <summary>
    /// The ticket waits at the other window again, in its place: calling order is by place (the
    /// order taken at the point), which a transfer does not change.
    /// </summary>
    public static QueueChange Transfer(QueueState state, TransferTicketCommand command, QueueContext context)
    {
        var ticket = Find(state, command.Ticket);
        var to = Require(command.ToWindowId, "toWindowId");
        QueuePolicy.Ensure(state, command.Actor, QueueAction.Transfer, context, ticket.WindowId, ticket);
        if (context.Point.FindWindow(to) is null)
        {
            throw DomainException.Invalid("toWindowId", "window.unknown", $"{context.Point.Name} has no window '{to}'.");
        }

        if (to == ticket.WindowId)
        {
            throw DomainException.Invalid("toWindowId", "ticket.sameWindow", $"Ticket {ticket.Number} is already at window {to}.");
        }

        var moved = ticket with
        {
            WindowId = to,
            Status = TicketStatus.Waiting,
            Calls = 0,
            CalledAt = null,
            CalledBy = null,
            ServingAt = null,
            TransferredFrom = ticket.WindowId,
        };
        return Step(state, ticket, moved, "Transferred", command.Actor, context);
    }

    public static QueueChange StartServing(QueueState state, StartServingCommand command, QueueContext context)
    {
        var ticket = Find(state, command.Ticket);
        QueuePolicy.Ensure(state, command.Actor, QueueAction.StartServing, context, ticket.WindowId, ticket);
        var receipt = Matter(command.ReceiptNumber, context);
        return Step(state, ticket, ticket with { Status = TicketStatus.Serving, ServingAt = context.Now, ReceiptNumber = receipt ?? ticket.ReceiptNumber }, "ServingStarted", command.Actor, context);
    }

    public static QueueChange Finish(QueueState state, FinishTicketCommand command, QueueContext context)
    {
        var ticket = Find(state, command.Ticket);
        QueuePolicy.Ensure(state, command.Actor, QueueAction.Finish, context, ticket.WindowId, ticket);
        var receipt = Matter(command.ReceiptNumber, context);
        return Step(state, ticket, ticket with { Status = TicketStatus.Finished, FinishedAt = context.Now, ReceiptNumber = receipt ?? ticket.ReceiptNumber }, "Finished", command.Actor, context);
    }

    /// <summary>The ticket checked in for <paramref name="appointmentCode"/> today, if one was already issued.</summary>
    public static Ticket? ForAppointment(QueueState state, string appointmentCode) =>
        state.Tickets.FirstOrDefault(t => t.AppointmentCode == appointmentCode);

    /// <summary>How many wait before <paramref name="ticket"/> at its window.</summary>
    public static int Ahead(QueueState state, Ticket ticket) =>
        state.WaitingAt(ticket.WindowId).TakeWhile(t => t.Number != ticket.Number).Count();

    /// <summary>
    /// Minutes one citizen takes at <paramref name="windowId"/>: the mean of today's served tickets
    /// there (serving start to finish), or the configured default while it has served none.
    /// </summary>
    public static int ServiceMinutes(QueueState state, string windowId, int defaultMinutes) =>
        MeanMinutes(state.Tickets.Where(t => t.WindowId == windowId).Select(ServedMinutes).OfType<double>().ToArray(), defaultMinutes);

    /// <summary>How long a finished ticket was served (serving start to finish), or null for one not served and finished.</summary>
    private static double? ServedMinutes(Ticket t) =>
        t.Status == TicketStatus.Finished && t.ServingAt is not null && t.FinishedAt is not null
            ? (t.FinishedAt.Value - t.ServingAt.Value).TotalMinutes
            : null;

    private static int MeanMinutes(IReadOnlyCollection<double>? served, int defaultMinutes) =>
        served is null || served.Count == 0 ? defaultMinutes : Math.Max(1, (int)Math.Round(served.Average()));

    public static int EstimatedWait(QueueState state, string windowId, int ahead, int defaultMinutes) =>
        ahead * ServiceMinutes(state, windowId, defaultMinutes);

    public static TicketSlip Slip(QueueState state, Ticket ticket, QueueContext context)
    {
        var (number, _) = context.Category(ticket.WindowId) ?? (0, ticket.Prefix);
        var ahead = Ahead(state, ticket);
        return new TicketSlip(
            state.PointCode,
            context.Point.Name,
            ticket.Number,
            ticket.WindowId,
            context.Point.FindWindow(ticket.WindowId)?.Name ?? ticket.WindowId,
            number,
            ticket.Priority,
            ticket.IssuedAt,
            ahead,
            EstimatedWait(state, ticket.WindowId, ahead, context.DefaultServiceMinutes));
    }

    /// <summary>
    /// The public picture: per window its prefix, waiting count and estimated wait (waiting × its
    /// <see cref="ServiceMinutes"/>), and the latest calls — every window's figures from one walk over
    /// the day's tickets.
    /// </summary>
    public static QueueBoard Board(QueueState state, QueueContext context)
    {
        var windows = context.Point.Windows;
        var at = new Dictionary<string, int>(windows.Count, StringComparer.Ordinal);
        for (var i = windows.Count - 1; i >= 0; i--)
        {
            at[windows[i].Id] = i;
        }

        var waiting = new int[windows.Count];
        var served = new List<double>?[windows.Count];
        foreach (var ticket in state.Tickets)
        {
            if (!at.TryGetValue(ticket.WindowId, out var i))
            {
                continue;
            }

            if (ticket.Status == TicketStatus.Waiting)
            {
                waiting[i]++;
            }
            else if (ServedMinutes(ticket) is { } minutes)
            {
                (served[i] ??= []).Add(minutes);
            }
        }

        var categories = new QueueCategory[windows.Count];
        for (var i = 0; i < windows.Count; i++)
        {
            var w = windows[i];
            var perTicket = MeanMinutes(served[at[w.Id]], context.DefaultServiceMinutes);
            var count = waiting[at[w.Id]];
            categories[i] = new QueueCategory(w.Id, w.Name, i + 1, QueueContext.PrefixOf(i), count, count * perTicket);
        }

        return new QueueBoard(state.PointCode, state.Date, categories, state.RecentCalls);
    }

    private static QueueChange Called(QueueState state, Ticket before, Ticket after, string action, Actor actor, QueueContext context)
    {
        var (number, _) = context.Category(after.WindowId) ?? (0, after.Prefix);
        var call = new TicketCall(
            state.LastCallId + 1,
            after.Number,
            after.WindowId,
            context.Point.FindWindow(after.WindowId)?.Name ?? after.WindowId,
            number,
            after.Calls,
            context.Now);
        var next = state.With(after) with
        {
            LastCallId = call.CallId,
            RecentCalls = [.. state.RecentCalls.TakeLast(QueueState.RecentCallsKept - 1), call],
        };
        var change = new QueueChange(state, context.Now, actor.Id);
        change.Record(action, before, after, next);
        return change;
    }

    private static QueueChange Step(QueueState state, Ticket before, Ticket after, string action, Actor actor, QueueContext context)
    {
        var change = new QueueChange(state, context.Now, actor.Id);
        change.Record(action, before, after, state.With(after));
        return change;
    }

    private static Ticket Find(QueueState state, string? number) =>
        state.Find(Require(number, "ticket").ToUpperInvariant())
            ?? throw DomainException.NotFound("ticket", "ticket.unknown", $"There is no ticket {number} today at this point.");

    /// <summary>A receipt number named by the command must be a matter taken in at this point (the grain looked it up).</summary>
    private static string? Matter(string? receiptNumber, QueueContext context)
    {
        if (string.IsNullOrWhiteSpace(receiptNumber))
        {
            return null;
        }

        var receipt = receiptNumber.Trim();
        if (!context.KnownMatters.Contains(receipt))
        {
            throw DomainException.Invalid("receiptNumber", "ticket.matterUnknown", $"{receipt} is not a matter taken in at this point.");
        }

        return receipt;
    }

    private static string Require(string? value, string field) =>
        string.IsNullOrWhiteSpace(value)
            ? throw DomainException.Invalid(field, "field.required", $"{field} is required.")
            : value.Trim();
}
