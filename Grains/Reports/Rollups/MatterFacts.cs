using Network.Grains.Calendar;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Time;
using Network.Grains.Matters;
using Network.Grains.Queries.Search;

namespace Network.Grains.Reports.Rollups;

/// <summary>
/// The facts a matter (办件) counts in the report rollups, pure, from its state alone. Every fact
/// is counted at the point that took the matter in, at its window and for its item; what happens at
/// intake on the day taken in under the first clerk, what closes it on the day of its outcome under
/// the clerk who closed it. See docs/statistics.md.
/// </summary>
public static class MatterFacts
{
    /// <summary>A return's reason is counted by its first characters (reasons are free text).</summary>
    public const int ReasonLength = 100;

    public static IEnumerable<RollupFact> Of(MatterState state, WorkingDayCalendar calendar)
    {
        var received = ChinaTime.DateOf(state.ReceivedAt);
        var first = state.FirstClerkId;
        RollupFact Fact(DateOnly day, string clerk, string figure, string bucket = "", long count = 1) =>
            new(day, state.PointCode, state.WindowId, state.ItemId, clerk ?? string.Empty, figure, bucket, count);

        yield return Fact(received, first, RollupFigures.Received);
        yield return Fact(received, first, RollupFigures.ReceivedHour, Hour(state.ReceivedAt));
        if (state.ClockStartedOn is { } started)
        {
            yield return Fact(started, first, RollupFigures.Accepted);
        }

        if (state.Kind == MatterKind.Joint)
        {
            yield return Fact(received, first, RollupFigures.Joint);
        }

        var notices = Math.Max(state.NoticesIssued, state.Notice is null ? 0 : 1);
        if (notices > 0)
        {
            yield return Fact(received, first, RollupFigures.Supplements, count: notices);
        }

        if (state.Hops.Count > 0)
        {
            var left = state.Hops[0].PassedAt ?? state.Hops[0].ReceivedAt;
            yield return Fact(ChinaTime.DateOf(left), first, RollupFigures.HandedUp);
        }

        var promised = RegisterLines.PromisedOn(state);
        var outcome = state.IsClosed ? state.Outcome : null;
        var closedOn = outcome is null ? (DateOnly?)null : ChinaTime.DateOf(outcome.At);
        if (promised is { } due && (closedOn > due || (outcome is null && state.Flag == FlagLevel.Red)))
        {
            yield return Fact(due.AddDays(1), state.HandlerClerkId, RollupFigures.Overdue);
        }

        if (outcome is null || closedOn is not { } done)
        {
            yield break;
        }

        var closer = outcome.ClerkId;
        yield return Fact(done, closer, RollupFigures.ClosedHour, Hour(outcome.At));
        var late = promised is { } p && done > p;
        if (late)
        {
            yield return Fact(done, closer, RollupFigures.Late);
        }

        if (state.Status == MatterStatus.Returned)
        {
            yield return Fact(done, closer, RollupFigures.Returned, Reason(outcome.Reason));
            yield break;
        }

        yield return Fact(done, closer, RollupFigures.Completed);
        if (promised is not null && !late)
        {
            yield return Fact(done, closer, RollupFigures.OnTime);
        }

        if (state.ClockStartedOn is { } clock)
        {
            var days = Math.Max(0, calendar.CountWorkingDays(clock, done) - state.PausedWorkingDays);
            yield return Fact(done, closer, RollupFigures.DaysUsed, days.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The hour of the day, in China time, as two digits.</summary>
    public static string Hour(DateTimeOffset at) => at.ToOffset(ChinaTime.Offset).Hour.ToString("00", System.Globalization.CultureInfo.InvariantCulture);

    private static string Reason(string? reason)
    {
        var text = (reason ?? string.Empty).Trim();
        return text.Length <= ReasonLength ? text : text[..ReasonLength];
    }
}
