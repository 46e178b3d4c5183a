using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Live;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Queue;
using Network.Grains.Tests.Flows;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using static Network.Grains.Tests.Infrastructure.TestNetwork;

namespace Network.Grains.Tests.FrontDesk;

/// <summary>The day's queue on a cluster with PostgreSQL: committed to the case store, told to the point, linked to a real matter.</summary>
[Collection(PostgresCollection.Name)]
public sealed class QueueFlowTests(PostgresFixture db)
{
    private static readonly DateOnly Day = new(2026, 11, 17);
    private static readonly Actor Kiosk = new("kiosk:" + Township, ActorRole.Citizen, Township);

    private static IQueueGrain Queue(FlowCluster flow, DateOnly day) => flow.Grains.GetGrain<IQueueGrain>(QueueKeys.Of(DivisionCode.Parse(Township), day));

    [Fact]
    public async Task A_ticket_is_called_served_into_a_matter_and_every_step_is_in_the_ledger_and_the_point_counts_people_waiting()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);
        var recorder = new LiveRecorder();
        await flow.Grains.GetGrain<ILiveStatusHubGrain>(0).Register("gateway-q", flow.Cluster.Client.CreateObjectReference<ILiveStatusObserver>(recorder));
        var queue = Queue(flow, Day);

        var waiting = recorder.WaitFor<PointLoad>(l => l.PointCode == Township && !l.Subtree && l.Queue == 2);
        var first = await queue.Issue(new IssueTicketCommand(Kiosk, CivilAffairs, TicketPriority.None));
        var second = await queue.Issue(new IssueTicketCommand(Kiosk, CivilAffairs, TicketPriority.None));
        Assert.Equal(("A001", 0), (first.Number, first.Ahead));
        Assert.Equal(("A002", 1, 5), (second.Number, second.Ahead, second.EstimatedWaitMinutes));
        Assert.Equal(2, (await waiting).Queue);

        var spoken = recorder.WaitFor<QueueCalled>(c => c.Call.Ticket == "A001");
        var board = recorder.WaitFor<QueueBoard>(b => b.RecentCalls.Any(c => c.Ticket == "A001"));
        await queue.CallNext(new CallNextCommand(TownClerk(ClerkA), CivilAffairs));
        var call = (await spoken).Call;
        Assert.Equal(("民政窗口", 1), (call.WindowName, call.WindowNumber));
        Assert.Equal(1, (await board).Waiting);

        var matter = await flow.Grains.GetGrain<IMatterGrain>(NewReceipt(Day)).Accept(Intake(SeniorCard, "居民身份证", "一寸照片"));
        await queue.StartServing(new StartServingCommand(TownClerk(ClerkA), "A001", matter.ReceiptNumber));
        var view = await queue.Finish(new FinishTicketCommand(TownClerk(ClerkA), "A001", null));

        Assert.Equal((TicketStatus.Finished, matter.ReceiptNumber), (view.Tickets[0].Status, view.Tickets[0].ReceiptNumber));
        var key = QueueKeys.Of(DivisionCode.Parse(Township), Day);
        Assert.Equal(5, await flow.CountAsync("SELECT count(*) FROM case_ledger WHERE kind = 'queue' AND case_id = $1", key));
        Assert.Equal(1, await flow.CountAsync("SELECT count(*) FROM case_record WHERE kind = 'queue' AND case_id = $1 AND is_open", key));
        await flow.Grains.GetGrain<ILiveStatusHubGrain>(0).Unregister("gateway-q");
    }

    [Fact]
    public async Task Numbering_restarts_each_day_per_point_in_the_store()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);
        await Queue(flow, Day).Issue(new IssueTicketCommand(Kiosk, CivilAffairs, TicketPriority.None));
        await Queue(flow, Day).Issue(new IssueTicketCommand(Kiosk, CivilAffairs, TicketPriority.None));

        var yesterdayAgain = await Assert.ThrowsAsync<DomainException>(() => Queue(flow, Day.AddDays(-1)).Issue(new IssueTicketCommand(Kiosk, CivilAffairs, TicketPriority.None)));
        flow.SetDay(Day.AddDays(1));
        var tomorrow = await Queue(flow, Day.AddDays(1)).Issue(new IssueTicketCommand(Kiosk, CivilAffairs, TicketPriority.None));

        Assert.Equal("queue.notToday", yesterdayAgain.Code);
        Assert.Equal("A001", tomorrow.Number);
        Assert.Equal(2, (await Queue(flow, Day).Get(Director)).Tickets.Count);
    }

    [Fact]
    public async Task A_refused_command_stores_nothing()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);
        var queue = Queue(flow, Day);
        await queue.Issue(new IssueTicketCommand(Kiosk, CivilAffairs, TicketPriority.None));

        await Assert.ThrowsAsync<DomainException>(() => queue.Issue(new IssueTicketCommand(Kiosk, "nowhere", TicketPriority.None)));
        await Assert.ThrowsAsync<DomainException>(() => queue.CallNext(new CallNextCommand(TownClerk(ClerkB), CivilAffairs)));
        await Assert.ThrowsAsync<DomainException>(() => queue.StartServing(new StartServingCommand(TownClerk(ClerkA), "A001", null)));

        Assert.Equal(1, await flow.CountAsync("SELECT count(*) FROM case_ledger WHERE kind = 'queue'"));
        Assert.Equal(TicketStatus.Waiting, (await queue.Get(TownClerk(ClerkA))).Tickets.Single().Status);
    }

    [Fact]
    public async Task A_commands_answer_lists_the_tickets_in_the_hall_and_the_one_it_acted_on_and_a_read_lists_the_whole_day()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);
        var queue = Queue(flow, Day);
        var clerk = TownClerk(ClerkA);
        for (var i = 0; i < 3; i++)
        {
            await queue.Issue(new IssueTicketCommand(Kiosk, CivilAffairs, TicketPriority.None));
        }

        await queue.CallNext(new CallNextCommand(clerk, CivilAffairs));
        await queue.StartServing(new StartServingCommand(clerk, "A001", null));
        var finished = await queue.Finish(new FinishTicketCommand(clerk, "A001", null));
        var called = await queue.CallNext(new CallNextCommand(clerk, CivilAffairs));

        Assert.Equal(new[] { ("A001", TicketStatus.Finished), ("A002", TicketStatus.Waiting), ("A003", TicketStatus.Waiting) }, finished.Tickets.Select(t => (t.Number, t.Status)));
        Assert.Equal(new[] { ("A002", TicketStatus.Called), ("A003", TicketStatus.Waiting) }, called.Tickets.Select(t => (t.Number, t.Status)));
        Assert.Equal(["A001", "A002", "A003"], (await queue.Get(clerk)).Tickets.Select(t => t.Number));
    }

    [Fact]
    public async Task A_call_goes_out_with_the_board_drawn_after_it_in_one_message_and_a_later_change_still_sends_the_board()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);
        var recorder = new LiveRecorder();
        await flow.Grains.GetGrain<ILiveStatusHubGrain>(0).Register("gateway-q", flow.Cluster.Client.CreateObjectReference<ILiveStatusObserver>(recorder));
        var queue = Queue(flow, Day);
        await queue.Issue(new IssueTicketCommand(Kiosk, CivilAffairs, TicketPriority.None));
        await queue.Issue(new IssueTicketCommand(Kiosk, CivilAffairs, TicketPriority.None));

        var withCall = recorder.WaitForBatch(b => b.Any(m => m.Payload is QueueCalled c && c.Call.Ticket == "A001"));
        await queue.CallNext(new CallNextCommand(TownClerk(ClerkA), CivilAffairs));
        var batch = (await withCall).ToList();

        // The call first, then the board drawn right after it (the call among its latest, one fewer
        // waiting), both to the point's public and staff groups: one message per group at the gateway.
        var call = batch.FindIndex(m => m.Payload is QueueCalled c && c.Call.Ticket == "A001");
        var board = Assert.IsType<QueueBoard>(batch[call + 1].Payload);
        Assert.Equal((LiveKinds.QueueCall, LiveKinds.Queue), (batch[call].Kind, batch[call + 1].Kind));
        Assert.Equal(((QueueCalled)batch[call].Payload).Call, board.RecentCalls[^1]);
        Assert.Equal(1, board.Waiting);
        Assert.Equal(batch[call].Groups, batch[call + 1].Groups);
        Assert.Equal([LiveGroups.Public(Township), LiveGroups.Point(Township)], batch[call].Groups);

        // A change without a call (a new ticket) still reaches the hall as a board of its own.
        var later = recorder.WaitFor<QueueBoard>(b => b.Waiting == 2);
        await queue.Issue(new IssueTicketCommand(Kiosk, CivilAffairs, TicketPriority.None));
        Assert.Equal(board.RecentCalls, (await later).RecentCalls);
        await flow.Grains.GetGrain<ILiveStatusHubGrain>(0).Unregister("gateway-q");
    }
}
