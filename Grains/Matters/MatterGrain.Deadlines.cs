using Network.Grains.Interfaces.Calendar;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;

namespace Network.Grains.Matters;

/// <summary>
/// Deadlines in working days, the paused clock, and electronic supervision. Each commit records the
/// day the matter may next need a flag (<see cref="NextCheck"/>); the point's durable sweep
/// (one reminder per point, in PostgreSQL) calls <see cref="CheckDeadlines"/> on the matters due
/// for a check, which raises the flags.
/// </summary>
public sealed partial class MatterGrain
{
    public async Task<MatterView?> CheckDeadlines()
    {
        await EnsureCurrentAsync();
        if (_state is not { } state)
        {
            return null;
        }

        if (state.IsClosed)
        {
            return state.ToView();
        }

        await calendar.RefreshIfStaleAsync(GrainFactory, time);
        var now = ChinaTime.Now(time);
        var today = ChinaTime.DateOf(now);
        var change = new MatterChange(state, now, "supervision");
        var next = state;
        var flags = new List<DeadlineFlag>();

        if (state.DueDateProvisional && state.ClockStartedOn is not null)
        {
            var recomputed = WithDeadlines(state);
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
            var level = LevelFor(next.DueDate, today);
            if (level > next.Flag)
            {
                next = change.Record(level == FlagLevel.Red ? "FlaggedRed" : "FlaggedYellow", next with { Flag = level }, $"{(level == FlagLevel.Red ? "红牌：已超过办结期限" : "黄牌预警：距办结期限一个工作日")} {next.DueDate:yyyy-MM-dd}");
                flags.Add(new DeadlineFlag(next.ReceiptNumber, next.PointCode, next.ItemName, null, level, next.DueDate!.Value, now));
            }

            for (var i = 0; i < next.Parts.Count; i++)
            {
                var part = next.Parts[i];
                var partLevel = part.Status == JointPartStatus.Open ? LevelFor(part.DueDate, today) : FlagLevel.None;
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

        if (ReferenceEquals(next, state))
        {
            return state.ToView();
        }

        var view = await CommitAsync(change);
        foreach (var flag in flags)
        {
            NetworkMetrics.Flags.Add(1, new KeyValuePair<string, object?>("level", flag.Level.ToString()));
            // The director of the point concerned and the supervising tier above it.
            var point = DivisionCode.Parse(flag.PointCode);
            GrainFactory.GetGrain<IServicePointGrain>(point.Value).ReceiveFlag(flag).Ignore();
            if (point.Parent is { } parent)
            {
                GrainFactory.GetGrain<IServicePointGrain>(parent.Value).ReceiveFlag(flag).Ignore();
            }
        }

        return view;
    }

    /// <summary>The deadline and each open part's deadline, counted from the clock's start plus paused days.</summary>
    private MatterState WithDeadlines(MatterState state)
    {
        var start = state.ClockStartedOn ?? throw new InvalidOperationException("The clock has not started.");
        var cal = calendar.Current;
        DateOnly? due = null;
        var provisional = false;
        if (state.TimeLimitWorkingDays > 0)
        {
            var count = cal.AddWorkingDays(start, state.TimeLimitWorkingDays + state.PausedWorkingDays);
            (due, provisional) = (count.Date, count.Provisional);
        }

        var partLimit = state.PartTimeLimitWorkingDays > 0 ? state.PartTimeLimitWorkingDays : state.TimeLimitWorkingDays;
        var parts = state.Parts
            .Select(p => p.Status == JointPartStatus.Open && partLimit > 0
                ? p with { DueDate = cal.AddWorkingDays(start, partLimit + state.PausedWorkingDays).Date }
                : p)
            .ToArray();
        return state with { DueDate = due, DueDateProvisional = provisional, Parts = parts };
    }

    private void ResumeClock(MatterChange change, MatterState state)
    {
        var today = ChinaTime.DateOf(change.At);
        var paused = calendar.Current.CountWorkingDays(state.PausedSince!.Value, today);
        var resumed = WithDeadlines(state with
        {
            Status = MatterStatus.InProgress,
            PausedSince = null,
            PausedWorkingDays = state.PausedWorkingDays + paused,
        });
        change.Record("Resumed", resumed, $"材料补齐，恢复计时（暂停 {paused} 个工作日），办结期限 {resumed.DueDate:yyyy-MM-dd}");
    }

    private FlagLevel LevelFor(DateOnly? due, DateOnly today)
    {
        if (due is not { } d)
        {
            return FlagLevel.None;
        }

        if (today > d)
        {
            return FlagLevel.Red;
        }

        return today >= calendar.Current.PreviousWorkingDay(d) ? FlagLevel.Yellow : FlagLevel.None;
    }

    /// <summary>The next day a flag may fall due: the working day before a deadline, or the day after it.</summary>
    private DateOnly? NextCheck(MatterState state)
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
                moments.Add(calendar.Current.PreviousWorkingDay(d));
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

}
