using Network.Grains.Interfaces.Queue;
using Network.Grains.Queue;
using Network.Grains.Queue.Rules;
using static Network.Grains.Tests.FrontDesk.QueueRuleFixture;
using static Network.Grains.Tests.Rules.RuleFixture;

namespace Network.Grains.Tests.FrontDesk;

/// <summary>
/// The hall's board: every window's figures drawn in one walk over the day's tickets, the same as
/// each window's own count and estimate; and a board is sent again only when its picture changed.
/// </summary>
public sealed class QueueBoardTests
{
    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void The_board_drawn_in_one_walk_has_each_windows_waiting_and_estimated_wait_on_random_days(int seed)
    {
        var day = RandomQueueDay.Walk(seed, 120);
        foreach (var (change, context) in day)
        {
            var state = change.After;
            var board = QueueRules.Board(state, context);
            var expected = TownshipProfile.Windows.Select((w, i) =>
            {
                var waiting = state.WaitingAt(w.Id).Count();
                return new QueueCategory(w.Id, w.Name, i + 1, QueueContext.PrefixOf(i), waiting, QueueRules.EstimatedWait(state, w.Id, waiting, context.DefaultServiceMinutes));
            });
            Assert.Equal(expected, board.Categories);
            Assert.Same(state.RecentCalls, board.RecentCalls);
        }

        Assert.Contains(day[^1].Change.After.Tickets, t => t.Status == TicketStatus.Finished);
    }

    [Fact]
    public void A_board_is_the_same_picture_when_its_windows_figures_and_latest_calls_are_the_same()
    {
        var state = Call(Issue(Empty(), (CivilAffairs, TicketPriority.None), (CivilAffairs, TicketPriority.None)));
        var board = QueueRules.Board(state, QueueAt());

        // Drawn again from the same day (new lists): the same picture; one more waiting, or another call: not.
        Assert.True(QueueAnnouncer.SamePicture(QueueRules.Board(state, QueueAt()), board));
        Assert.False(QueueAnnouncer.SamePicture(QueueRules.Board(Issue(state, (CivilAffairs, TicketPriority.None)), QueueAt()), board));
        var recalled = QueueRules.Recall(state, new RecallCommand(TownClerk(), AtWindow(state).Number), QueueAt()).After;
        Assert.False(QueueAnnouncer.SamePicture(QueueRules.Board(recalled, QueueAt()), board));
        Assert.False(QueueAnnouncer.SamePicture(board, null));
    }
}
