using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Queue;
using Network.Grains.Queue;
using Network.Grains.Queue.Rules;
using static Network.Grains.Tests.Rules.RuleFixture;

namespace Network.Grains.Tests.FrontDesk;

/// <summary>The township of <see cref="Rules.RuleFixture"/>'s queue of a day, for the pure queue rules: A on duty everywhere unless a test says otherwise.</summary>
public static class QueueRuleFixture
{
    public static Actor Kiosk { get; } = new("kiosk:" + Township, ActorRole.Citizen, Township);

    public static QueueState Empty(DateOnly? day = null) => new(Township, day ?? Today);

    public static QueueContext QueueAt(DateOnly? day = null, int minutes = 0, bool civilAffairsAAway = false, int noShowAfter = 3, params string[] knownMatters) =>
        new(
            At(day ?? Today).AddMinutes(minutes),
            TownshipProfile,
            TownshipProfile.Windows.ToDictionary(
                w => w.Id,
                w => new WindowDuty(Township, w.Id, w.Id == CivilAffairs && civilAffairsAAway ? w.ClerkB : w.ClerkA, w.Id == CivilAffairs && civilAffairsAAway)),
            noShowAfter,
            DefaultServiceMinutes: 5)
        {
            KnownMatters = knownMatters.ToHashSet(),
        };

    /// <summary>Takes tickets at the kiosk, one after another.</summary>
    public static QueueState Issue(QueueState state, params (string Window, TicketPriority Priority)[] tickets)
    {
        foreach (var (window, priority) in tickets)
        {
            state = QueueRules.Issue(state, new IssueTicketCommand(Kiosk, window, priority), QueueAt(state.Date)).After;
        }

        return state;
    }

    public static QueueState Call(QueueState state, string window = CivilAffairs, Actor? actor = null) =>
        QueueRules.CallNext(state, new CallNextCommand(actor ?? TownClerk(), window), QueueAt(state.Date)).After;

    public static Ticket AtWindow(QueueState state, string window = CivilAffairs) => state.AtWindow(window) ?? throw new InvalidOperationException("Nobody at the window.");
}
