using Network.Grains.Interfaces.Queue;
using Network.Grains.Queue;
using Network.Grains.Queue.Rules;
using static Network.Grains.Tests.FrontDesk.QueueRuleFixture;
using static Network.Grains.Tests.Rules.RuleFixture;

namespace Network.Grains.Tests.FrontDesk;

/// <summary>
/// A random step of a day's queue at the township, by the kiosk or its director: issue (any
/// priority, an appointment's check-in), call, recall, serve (with or without the matter), no-show,
/// transfer, finish. The rules refuse what does not fit the day (a <c>DomainException</c>).
/// </summary>
internal static class RandomQueueDay
{
    private static readonly string[] Windows = [CivilAffairs, FamilyPlanning, Land];

    public static QueueChange Step(Random random, QueueState state, QueueContext context, string receipt)
    {
        var window = Windows[random.Next(Windows.Length)];
        var atWindow = state.AtWindow(window)?.Number ?? "A999";
        return random.Next(9) switch
        {
            0 or 1 => QueueRules.Issue(state, new IssueTicketCommand(Kiosk, window, (TicketPriority)random.Next(4)), context),
            2 => QueueRules.Issue(state, new IssueTicketCommand(Kiosk, window, TicketPriority.Appointment), context, "0930-" + random.Next(10000).ToString("D4", System.Globalization.CultureInfo.InvariantCulture)),
            3 or 4 => QueueRules.CallNext(state, new CallNextCommand(Director, window), context),
            5 => QueueRules.Recall(state, new RecallCommand(Director, atWindow), context),
            6 => random.Next(2) == 0
                ? QueueRules.StartServing(state, new StartServingCommand(Director, atWindow, random.Next(2) == 0 ? receipt : null), context)
                : QueueRules.MarkNoShow(state, new MarkNoShowCommand(Director, atWindow), context),
            7 => QueueRules.Transfer(state, new TransferTicketCommand(Director, atWindow, Windows[random.Next(Windows.Length)]), context),
            _ => QueueRules.Finish(state, new FinishTicketCommand(Director, atWindow, null), context),
        };
    }
}
