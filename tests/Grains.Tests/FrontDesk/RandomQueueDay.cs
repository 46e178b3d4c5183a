using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Queue;
using Network.Grains.Queue;
using Network.Grains.Queue.Rules;
using Network.Grains.Tests.Values;
using static Network.Grains.Tests.FrontDesk.QueueRuleFixture;
using static Network.Grains.Tests.Rules.RuleFixture;

namespace Network.Grains.Tests.FrontDesk;

/// <summary>
/// A random day of the township's queue (seeded), by the kiosk and its director, a minute between
/// tries: issue (any priority, an appointment's check-in), call, recall, serve (with or without the
/// matter), no-show, transfer, finish — the steps the rules take; what they refuse changes nothing.
/// </summary>
internal static class RandomQueueDay
{
    private static readonly string[] Windows = [CivilAffairs, FamilyPlanning, Land];

    /// <summary>The first <paramref name="steps"/> steps the rules took on the day of <paramref name="seed"/>, each with its context.</summary>
    public static IReadOnlyList<(QueueChange Change, QueueContext Context)> Walk(int seed, int steps)
    {
        var random = new Random(seed);
        var receipt = NewReceipt();
        var state = Empty();
        var walked = new List<(QueueChange, QueueContext)>();
        for (var minute = 0; walked.Count < steps && minute < 800; minute++)
        {
            var context = QueueAt(minutes: minute, knownMatters: receipt);
            try
            {
                var change = Step(random, state, context, receipt);
                walked.Add((change, context));
                state = change.After;
            }
            catch (DomainException)
            {
                // a step the rules refuse changes nothing
            }
        }

        return walked.Count == steps ? walked : throw new InvalidOperationException($"Only {walked.Count} of {steps} steps were taken in the day.");
    }

    private static QueueChange Step(Random random, QueueState state, QueueContext context, string receipt)
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
