using Network.Grains.Calendar;
using Network.Grains.Interfaces.Matters;

namespace Network.Grains.Matters.Rules;

/// <summary>
/// Deadlines in working days, the paused clock, and electronic supervision (电子监察): yellow one
/// working day before a deadline, red once it has passed, for the whole matter and for each open
/// joint part; a provisional deadline is recomputed when its year's schedule arrives.
/// </summary>
public static partial class MatterRules
{
    /// <summary>The flags raised by a deadline check, for the directors of the points concerned.</summary>
    public sealed record DeadlineCheck(MatterChange Change, IReadOnlyList<DeadlineFlag> Flags);

    /// <summary>Flags due by now and a recomputed provisional deadline; an empty change when nothing is due.</summary>
    public static DeadlineCheck CheckDeadlines(MatterState state, MatterContext context)
    {
        var change = new MatterChange(state, context.Now, Interfaces.Cases.Actor.Supervision.Id);
        var flags = new List<DeadlineFlag>();
        if (state.IsClosed)
        {
            return new DeadlineCheck(change, flags);
        }

        var now = context.Now;
        var today = context.Today;
        var next = state;
        if (state.DueDateProvisional && state.ClockStartedOn is not null)
        {
            var recomputed = WithDeadlines(state, context.Calendar);
            if (recomputed.DueDate != state.DueDate || recomputed.DueDateProvisional != state.DueDateProvisional)
            {
                next = change.Record(
                    "DeadlineRecomputed",
                    recomputed,
                    $"办结期限 {state.DueDate:yyyy-MM-dd} → {recomputed.DueDate:yyyy-MM-dd}{(recomputed.DueDateProvisional ? "（仍为暂定）" : "（该年度节假日安排已公布，期限确定）")}");
            }
        }

        if (next.PausedSince is null && next.ClockStartedOn is not null)
        {
            var level = LevelFor(next.DueDate, today, context.Calendar);
            if (level > next.Flag)
            {
                next = change.Record(level == FlagLevel.Red ? "FlaggedRed" : "FlaggedYellow", next with { Flag = level }, $"{(level == FlagLevel.Red ? "红牌：已超过办结期限" : "黄牌预警：距办结期限一个工作日")} {next.DueDate:yyyy-MM-dd}");
                flags.Add(new DeadlineFlag(next.ReceiptNumber, next.PointCode, next.ItemName, null, level, next.DueDate!.Value, now));
            }

            for (var i = 0; i < next.Parts.Count; i++)
            {
                var part = next.Parts[i];
                var partLevel = part.Status == JointPartStatus.Open ? LevelFor(part.DueDate, today, context.Calendar) : FlagLevel.None;
                if (partLevel > part.Flag)
                {
                    var parts = next.Parts.ToArray();
                    parts[i] = part with { Flag = partLevel };
                    next = change.Record(
                        partLevel == FlagLevel.Red ? "PartFlaggedRed" : "PartFlaggedYellow",
                        next with { Parts = parts },
                        $"窗口 {part.WindowId} 的办理时限 {part.DueDate:yyyy-MM-dd}{(partLevel == FlagLevel.Red ? " 已超期" : " 临近")}",
                        part.PointCode,
                        part.WindowId);
                    flags.Add(new DeadlineFlag(next.ReceiptNumber, part.PointCode, next.ItemName, part.WindowId, partLevel, part.DueDate!.Value, now));
                }
            }
        }

        return new DeadlineCheck(change, flags);
    }

    /// <summary>
    /// The deadline and each open part's deadline, counted from the clock's start plus paused days;
    /// the whole matter's deadline also by the extension granted (延期), if any.
    /// </summary>
    public static MatterState WithDeadlines(MatterState state, WorkingDayCalendar calendar)
    {
        var start = state.ClockStartedOn ?? throw new InvalidOperationException("The clock has not started.");
        var (due, provisional, parts) = DeadlinesOf(start, state, state.Parts, calendar);
        return state with { DueDate = due, DueDateProvisional = provisional, Parts = parts };
    }

    /// <summary>
    /// The deadlines of <paramref name="state"/> with its clock started on <paramref name="start"/>:
    /// the matter's (its limit, the working days paused and any extension) and each open part's of
    /// <paramref name="parts"/>, which are returned with them.
    /// </summary>
    private static (DateOnly? Due, bool Provisional, JointPart[] Parts) DeadlinesOf(DateOnly start, MatterState state, IReadOnlyList<JointPart> parts, WorkingDayCalendar calendar)
    {
        DateOnly? due = null;
        var provisional = false;
        if (state.TimeLimitWorkingDays > 0)
        {
            var count = calendar.AddWorkingDays(start, state.TimeLimitWorkingDays + state.PausedWorkingDays + (state.Extension?.WorkingDays ?? 0));
            (due, provisional) = (count.Date, count.Provisional);
        }

        var partLimit = state.PartTimeLimitWorkingDays > 0 ? state.PartTimeLimitWorkingDays : state.TimeLimitWorkingDays;
        var withDue = parts
            .Select(p => p.Status == JointPartStatus.Open && partLimit > 0
                ? p with { DueDate = calendar.AddWorkingDays(start, partLimit + state.PausedWorkingDays).Date }
                : p)
            .ToArray();
        return (due, provisional, withDue);
    }

    /// <summary>The next day a flag may fall due: the working day before a deadline, or the day after it; null when none can.</summary>
    public static DateOnly? NextCheck(MatterState state, WorkingDayCalendar calendar)
    {
        if (state.IsClosed || state.ClockStartedOn is null || state.PausedSince is not null)
        {
            return null;
        }

        var moments = new List<DateOnly>();
        void Add(DateOnly? due, FlagLevel flag)
        {
            if (due is not { } d)
            {
                return;
            }

            if (flag < FlagLevel.Yellow)
            {
                moments.Add(calendar.PreviousWorkingDay(d));
            }
            else if (flag < FlagLevel.Red)
            {
                moments.Add(d.AddDays(1));
            }
        }

        Add(state.DueDate, state.Flag);
        foreach (var part in state.Parts.Where(p => p.Status == JointPartStatus.Open))
        {
            Add(part.DueDate, part.Flag);
        }

        return moments.Count == 0 ? null : moments.Min();
    }

    private static void ResumeClock(MatterChange change, MatterState state, MatterContext context)
    {
        var since = state.PausedSince!.Value;
        var paused = context.Calendar.CountWorkingDays(since, context.Today);
        var closed = new ClockPause(since, context.Today, paused);
        IReadOnlyList<ClockPause> pauses = state.Pauses.Count > 0 && state.Pauses[^1].Until is null
            ? [.. state.Pauses.SkipLast(1), state.Pauses[^1] with { Until = context.Today, WorkingDays = paused }]
            : [.. state.Pauses, closed]; // a pause opened before intervals were kept
        var resumed = WithDeadlines(
            state with
            {
                Status = MatterStatus.InProgress,
                PausedSince = null,
                PausedWorkingDays = state.PausedWorkingDays + paused,
                Pauses = pauses,
            },
            context.Calendar);
        change.Record("Resumed", resumed, $"材料补齐，恢复计时（暂停 {paused} 个工作日，累计 {resumed.PausedWorkingDays} 个工作日），办结期限 {resumed.DueDate:yyyy-MM-dd}");
    }

    private static FlagLevel LevelFor(DateOnly? due, DateOnly today, WorkingDayCalendar calendar)
    {
        if (due is not { } d)
        {
            return FlagLevel.None;
        }

        if (today > d)
        {
            return FlagLevel.Red;
        }

        return today >= calendar.PreviousWorkingDay(d) ? FlagLevel.Yellow : FlagLevel.None;
    }
}
