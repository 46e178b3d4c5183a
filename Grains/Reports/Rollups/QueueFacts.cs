using System.Globalization;
using Network.Grains.Interfaces.Time;
using Network.Grains.Queue;

namespace Network.Grains.Reports.Rollups;

/// <summary>
/// The facts a point's queue day (排队) counts: every ticket taken, at the window it is for now; and
/// every ticket called, the whole minutes it waited from taking it to its call (under the clerk who
/// called it). A ticket moved to another window counts there, with its call there.
/// </summary>
public static class QueueFacts
{
    /// <summary>Waits longer than this many minutes share the last bucket.</summary>
    public const int MaxMinutes = 600;

    public static IEnumerable<RollupFact> Of(QueueState state) => Of(state.PointCode, state.Tickets);

    /// <summary>The facts of some of a point's tickets (each ticket's facts depend on it alone).</summary>
    public static IEnumerable<RollupFact> Of(string pointCode, IEnumerable<Ticket> tickets)
    {
        foreach (var ticket in tickets)
        {
            var day = ChinaTime.DateOf(ticket.IssuedAt);
            yield return new RollupFact(day, pointCode, ticket.WindowId, string.Empty, string.Empty, RollupFigures.Ticket, string.Empty, 1);
            if (ticket.CalledAt is { } called)
            {
                var minutes = Math.Clamp((int)Math.Floor((called - ticket.IssuedAt).TotalMinutes), 0, MaxMinutes);
                yield return new RollupFact(day, pointCode, ticket.WindowId, string.Empty, ticket.CalledBy ?? string.Empty, RollupFigures.Waited, minutes.ToString(CultureInfo.InvariantCulture), 1);
            }
        }
    }
}
