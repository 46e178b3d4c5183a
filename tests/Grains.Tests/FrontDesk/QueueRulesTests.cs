using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Queue;
using Network.Grains.Queue;
using Network.Grains.Queue.Rules;
using static Network.Grains.Tests.FrontDesk.QueueRuleFixture;
using static Network.Grains.Tests.Rules.RuleFixture;

namespace Network.Grains.Tests.FrontDesk;

/// <summary>The hall's queue (排队叫号), rule by rule, without a cluster.</summary>
public sealed class QueueRulesTests
{
    [Fact]
    public void Numbers_carry_the_prefix_of_their_window_and_count_per_prefix()
    {
        var state = Issue(Empty(), (CivilAffairs, TicketPriority.None), (FamilyPlanning, TicketPriority.None), (CivilAffairs, TicketPriority.None), (Land, TicketPriority.None));

        Assert.Equal(["A001", "B001", "A002", "C001"], state.Tickets.Select(t => t.Number));
        Assert.Equal([1, 2, 3, 4], state.Tickets.Select(t => t.Sequence));
    }

    [Fact]
    public void Numbering_restarts_each_day_per_point()
    {
        var monday = Issue(Empty(new DateOnly(2026, 9, 29)), (CivilAffairs, TicketPriority.None), (CivilAffairs, TicketPriority.None));
        var tuesday = Issue(Empty(new DateOnly(2026, 9, 30)), (CivilAffairs, TicketPriority.None));

        Assert.Equal("A002", monday.Tickets[^1].Number);
        Assert.Equal("A001", tuesday.Tickets[0].Number);
    }

    [Fact]
    public void A_ticket_for_another_day_is_refused()
    {
        var e = Assert.Throws<DomainException>(() => QueueRules.Issue(Empty(new DateOnly(2026, 9, 29)), new IssueTicketCommand(Kiosk, CivilAffairs, TicketPriority.None), QueueAt()));

        Assert.Equal("queue.notToday", e.Code);
    }

    [Fact]
    public void Priority_tickets_are_called_first_each_in_the_order_taken()
    {
        var state = Issue(
            Empty(),
            (CivilAffairs, TicketPriority.None),
            (CivilAffairs, TicketPriority.Elderly),
            (CivilAffairs, TicketPriority.None),
            (CivilAffairs, TicketPriority.Pregnant));
        state = QueueRules.Issue(state, new IssueTicketCommand(Kiosk, CivilAffairs, TicketPriority.Appointment), QueueAt(), "0930-ABCD").After;

        var order = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            state = Call(state);
            var called = AtWindow(state);
            order.Add(called.Number);
            state = QueueRules.StartServing(state, new StartServingCommand(TownClerk(), called.Number, null), QueueAt()).After;
            state = QueueRules.Finish(state, new FinishTicketCommand(TownClerk(), called.Number, null), QueueAt()).After;
        }

        Assert.Equal(["A002", "A004", "A005", "A001", "A003"], order);
    }

    [Fact]
    public void The_kiosk_cannot_give_appointment_priority_without_a_checked_in_appointment()
    {
        var e = Assert.Throws<DomainException>(() => QueueRules.Issue(Empty(), new IssueTicketCommand(Kiosk, CivilAffairs, TicketPriority.Appointment), QueueAt()));

        Assert.Equal("ticket.appointmentOnly", e.Code);
    }

    [Fact]
    public void A_new_ticket_is_told_how_many_are_ahead_and_the_estimated_wait()
    {
        var state = Issue(Empty(), (CivilAffairs, TicketPriority.None), (CivilAffairs, TicketPriority.None), (FamilyPlanning, TicketPriority.None));
        var change = QueueRules.Issue(state, new IssueTicketCommand(Kiosk, CivilAffairs, TicketPriority.None), QueueAt());

        var slip = QueueRules.Slip(change.After, change.After.Tickets[^1], QueueAt());

        Assert.Equal("A003", slip.Number);
        Assert.Equal(2, slip.Ahead);
        Assert.Equal(10, slip.EstimatedWaitMinutes);
        Assert.Equal(1, slip.WindowNumber);
        Assert.Equal("民政窗口", slip.WindowName);
    }

    [Fact]
    public void A_ticket_becomes_a_no_show_only_after_the_set_number_of_calls()
    {
        var state = Call(Issue(Empty(), (CivilAffairs, TicketPriority.None)));
        var tooEarly = Assert.Throws<DomainException>(() => QueueRules.MarkNoShow(state, new MarkNoShowCommand(TownClerk(), "A001"), QueueAt()));
        state = QueueRules.Recall(state, new RecallCommand(TownClerk(), "A001"), QueueAt()).After;
        state = QueueRules.Recall(state, new RecallCommand(TownClerk(), "A001"), QueueAt()).After;

        var change = QueueRules.MarkNoShow(state, new MarkNoShowCommand(TownClerk(), "A001"), QueueAt());

        Assert.Equal("ticket.tooFewCalls", tooEarly.Code);
        Assert.Equal(TicketStatus.NoShow, change.After.Find("A001")!.Status);
        Assert.Equal("NoShow", change.Steps.Single().Row.Action);
        Assert.Equal("Called", change.Steps.Single().Row.StatusBefore);
        Assert.True(change.After.IsClosed);
    }

    [Fact]
    public void The_number_of_calls_before_a_no_show_is_configurable()
    {
        var state = Call(Issue(Empty(), (CivilAffairs, TicketPriority.None)));

        var change = QueueRules.MarkNoShow(state, new MarkNoShowCommand(TownClerk(), "A001"), QueueAt(noShowAfter: 1));

        Assert.Equal(TicketStatus.NoShow, change.After.Find("A001")!.Status);
    }

    [Fact]
    public void Every_call_and_recall_gets_the_next_call_id_for_the_hall_to_speak()
    {
        var state = Call(Issue(Empty(), (CivilAffairs, TicketPriority.None)));
        state = QueueRules.Recall(state, new RecallCommand(TownClerk(), "A001"), QueueAt()).After;

        Assert.Equal([1L, 2L], state.RecentCalls.Select(c => c.CallId));
        Assert.Equal(2, state.RecentCalls[^1].Times);
        Assert.Equal(1, state.RecentCalls[^1].WindowNumber);
    }

    [Fact]
    public void Transfer_keeps_the_place()
    {
        // A001 at civil affairs; B001 and B002 wait at family planning, taken after A001.
        var state = Issue(Empty(), (CivilAffairs, TicketPriority.None), (FamilyPlanning, TicketPriority.None), (FamilyPlanning, TicketPriority.None));
        state = Call(state);

        var change = QueueRules.Transfer(state, new TransferTicketCommand(TownClerk(), "A001", FamilyPlanning), QueueAt());
        var moved = change.After.Find("A001")!;

        Assert.Equal(TicketStatus.Waiting, moved.Status);
        Assert.Equal(FamilyPlanning, moved.WindowId);
        Assert.Equal(CivilAffairs, moved.TransferredFrom);
        Assert.Equal(["A001", "B001", "B002"], change.After.WaitingAt(FamilyPlanning).Select(t => t.Number));
        Assert.Equal("A001", AtWindow(Call(change.After, FamilyPlanning, TownClerk(PlanningClerk)), FamilyPlanning).Number);
    }

    [Fact]
    public void A_window_with_its_A_clerk_away_is_called_by_B()
    {
        var state = Issue(Empty(), (CivilAffairs, TicketPriority.None));
        var away = QueueAt(civilAffairsAAway: true);

        var byA = Assert.Throws<DomainException>(() => QueueRules.CallNext(state, new CallNextCommand(TownClerk(ClerkA), CivilAffairs), away));
        var byB = QueueRules.CallNext(state, new CallNextCommand(TownClerk(ClerkB), CivilAffairs), away);

        Assert.Equal(DomainErrorKind.Forbidden, byA.Kind);
        Assert.Equal("windowId", byA.Field);
        Assert.Equal(TicketStatus.Called, byB.After.Find("A001")!.Status);
        Assert.Equal(ClerkB, byB.After.Find("A001")!.CalledBy);
    }

    [Fact]
    public void While_A_is_on_duty_B_does_not_call_the_window()
    {
        var state = Issue(Empty(), (CivilAffairs, TicketPriority.None));

        var e = Assert.Throws<DomainException>(() => QueueRules.CallNext(state, new CallNextCommand(TownClerk(ClerkB), CivilAffairs), QueueAt()));

        Assert.Equal("auth.jurisdiction", e.Code);
    }

    [Fact]
    public void Another_window_s_clerk_or_a_clerk_of_another_point_cannot_call()
    {
        var state = Issue(Empty(), (CivilAffairs, TicketPriority.None));

        var other = Assert.Throws<DomainException>(() => QueueRules.CallNext(state, new CallNextCommand(TownClerk(PlanningClerk), CivilAffairs), QueueAt()));
        var outside = Assert.Throws<DomainException>(() => QueueRules.CallNext(state, new CallNextCommand(OtherTownClerkActor, CivilAffairs), QueueAt()));
        var kiosk = Assert.Throws<DomainException>(() => QueueRules.CallNext(state, new CallNextCommand(Kiosk, CivilAffairs), QueueAt()));

        Assert.Equal(DomainErrorKind.Forbidden, other.Kind);
        Assert.Equal(DomainErrorKind.Forbidden, outside.Kind);
        Assert.Equal("auth.role", kiosk.Code);
    }

    [Fact]
    public void A_window_calls_the_next_only_once_the_called_ticket_is_dealt_with()
    {
        var state = Call(Issue(Empty(), (CivilAffairs, TicketPriority.None), (CivilAffairs, TicketPriority.None)));

        var e = Assert.Throws<DomainException>(() => Call(state));

        Assert.Equal("queue.windowBusy", e.Code);
    }

    [Fact]
    public void Calling_with_nobody_waiting_is_refused()
    {
        var e = Assert.Throws<DomainException>(() => Call(Empty()));

        Assert.Equal("queue.empty", e.Code);
    }

    [Fact]
    public void Serving_links_the_ticket_to_the_matter_taken_in_at_this_point()
    {
        var receipt = NewReceipt();
        var state = Call(Issue(Empty(), (CivilAffairs, TicketPriority.None)));

        var unknown = Assert.Throws<DomainException>(() => QueueRules.StartServing(state, new StartServingCommand(TownClerk(), "A001", NewReceipt()), QueueAt(knownMatters: receipt)));
        var serving = QueueRules.StartServing(state, new StartServingCommand(TownClerk(), "a001", receipt), QueueAt(knownMatters: receipt)).After;
        var finished = QueueRules.Finish(serving, new FinishTicketCommand(TownClerk(), "A001", null), QueueAt(minutes: 7)).After;

        Assert.Equal("receiptNumber", unknown.Field);
        Assert.Equal(receipt, finished.Find("A001")!.ReceiptNumber);
        Assert.Equal(TicketStatus.Finished, finished.Find("A001")!.Status);
        Assert.Equal(7, QueueRules.ServiceMinutes(finished, CivilAffairs, 5));
    }

    [Fact]
    public void Bad_input_is_refused_with_the_field_and_changes_nothing()
    {
        var state = Issue(Empty(), (CivilAffairs, TicketPriority.None));

        var noWindow = Assert.Throws<DomainException>(() => QueueRules.Issue(state, new IssueTicketCommand(Kiosk, "", TicketPriority.None), QueueAt()));
        var unknownWindow = Assert.Throws<DomainException>(() => QueueRules.Issue(state, new IssueTicketCommand(Kiosk, "nowhere", TicketPriority.None), QueueAt()));
        var badPriority = Assert.Throws<DomainException>(() => QueueRules.Issue(state, new IssueTicketCommand(Kiosk, CivilAffairs, (TicketPriority)42), QueueAt()));
        var unknownTicket = Assert.Throws<DomainException>(() => QueueRules.Recall(state, new RecallCommand(TownClerk(), "Z999"), QueueAt()));
        var sameWindow = Assert.Throws<DomainException>(() => QueueRules.Transfer(Call(state), new TransferTicketCommand(TownClerk(), "A001", CivilAffairs), QueueAt()));

        Assert.Equal(("windowId", DomainErrorKind.Invalid), (noWindow.Field, noWindow.Kind));
        Assert.Equal(("windowId", DomainErrorKind.NotFound), (unknownWindow.Field, unknownWindow.Kind));
        Assert.Equal("priority", badPriority.Field);
        Assert.Equal(("ticket", DomainErrorKind.NotFound), (unknownTicket.Field, unknownTicket.Kind));
        Assert.Equal("toWindowId", sameWindow.Field);
        Assert.Single(state.Tickets);
    }

    [Fact]
    public void The_view_lists_what_the_clerk_on_duty_may_do()
    {
        var state = Call(Issue(Empty(), (CivilAffairs, TicketPriority.None), (FamilyPlanning, TicketPriority.None)));

        var clerkA = QueuePolicy.Allowed(state, TownClerk(), QueueAt());
        var planning = QueuePolicy.Allowed(state, TownClerk(PlanningClerk), QueueAt());
        var monitor = QueuePolicy.Allowed(state, CityMonitor, QueueAt());

        Assert.Equal(
            [QueueAction.Recall, QueueAction.Transfer, QueueAction.StartServing],
            clerkA.Where(a => a.Ticket == "A001").Select(a => a.Action));
        Assert.DoesNotContain(clerkA, a => a.Action == QueueAction.CallNext);
        Assert.Equal([new QueueAllowedAction(QueueAction.CallNext, FamilyPlanning)], planning);
        Assert.Empty(monitor);
        Assert.True(QueuePolicy.CanRead(state, CityMonitor));
        Assert.False(QueuePolicy.CanRead(state, Kiosk));
    }

    [Fact]
    public void The_queue_is_open_while_anyone_waits_is_called_or_is_served()
    {
        var state = Issue(Empty(), (CivilAffairs, TicketPriority.None));
        Assert.False(state.IsClosed);
        Assert.True(Empty().IsClosed);
        Assert.Equal(new QueueFigures(Today, 1, state.Tickets[0].IssuedAt), QueueFigures.Of(state));
    }
}
