using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Queue;
using Network.Grains.Queue;
using Network.Grains.Queue.Rules;
using Network.Grains.Tests.Values;
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
        var random = new Random(seed);
        var receipt = NewReceipt();
        var state = Empty();
        var boards = 0;
        for (var minute = 0; boards < 120 && minute < 600; minute += 1 + random.Next(3))
        {
            var context = QueueAt(minutes: minute, knownMatters: receipt);
            try
            {
                state = RandomQueueDay.Step(random, state, context, receipt).After;
            }
            catch (DomainException)
            {
                continue;
            }

            var board = QueueRules.Board(state, context);
            var expected = TownshipProfile.Windows.Select((w, i) =>
            {
                var waiting = state.WaitingAt(w.Id).Count();
                return new QueueCategory(w.Id, w.Name, i + 1, QueueContext.PrefixOf(i), waiting, QueueRules.EstimatedWait(state, w.Id, waiting, context.DefaultServiceMinutes));
            });
            Assert.Equal(expected, board.Categories);
            Assert.Same(state.RecentCalls, board.RecentCalls);
            boards++;
        }

        Assert.Equal(120, boards);
        Assert.Contains(state.Tickets, t => t.Status == TicketStatus.Finished);
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
