using Microsoft.Extensions.Logging;
using Network.Grains.Interfaces.Calendar;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;

namespace Network.Grains.Matters;

/// <summary>
/// Deadlines in working days, the paused clock, and electronic supervision: a durable Orleans
/// reminder wakes the matter at the next moment a flag may be due (it survives deactivation and
/// silo restarts, since reminders live in PostgreSQL), and <see cref="CheckDeadlines"/> raises it.
/// </summary>
public sealed partial class MatterGrain
{
    private const string DeadlineReminder = "deadline";

    public async Task<MatterView?> CheckDeadlines()
    {
        await EnsureCurrentAsync();
        if (_state is not { } state)
        {
            return null;
        }

        if (state.IsClosed)
        {
            await StopReminderAsync();
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
                    $"deadline {state.DueDate:yyyy-MM-dd} → {recomputed.DueDate:yyyy-MM-dd}{(recomputed.DueDateProvisional ? " (still provisional)" : " (final: the year's schedule is published)")}");
            }
        }

        if (next.PausedSince is null && next.ClockStartedOn is not null)
        {
            var level = LevelFor(next.DueDate, today);
            if (level > next.Flag)
            {
                next = change.Record(level == FlagLevel.Red ? "FlaggedRed" : "FlaggedYellow", next with { Flag = level }, $"deadline {next.DueDate:yyyy-MM-dd}");
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
                        $"window {part.WindowId}: part deadline {part.DueDate:yyyy-MM-dd}",
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

    public Task ReceiveReminder(string reminderName, TickStatus status) => CheckDeadlines();

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
        change.Record("Resumed", resumed, $"materials complete; the clock resumes after {paused} paused working day(s); due {resumed.DueDate:yyyy-MM-dd}");
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

    /// <summary>Keeps the deadline reminder in step with the state just committed.</summary>
    private async Task AfterCommitAsync(MatterState? before, MatterState after)
    {
        try
        {
            if (after.IsClosed)
            {
                if (before is { IsClosed: false, ClockStartedOn: not null })
                {
                    await StopReminderAsync();
                }

                return;
            }

            if (NextCheck(after) is not { } next)
            {
                return;
            }

            if (before is not null && NextCheck(before) == next)
            {
                return;
            }

            var dueTime = next - ChinaTime.Now(time);
            await this.RegisterOrUpdateReminder(DeadlineReminder, dueTime < TimeSpan.Zero ? TimeSpan.Zero : dueTime, TimeSpan.FromDays(1));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The change itself is committed; the daily tick or the next change registers it again.
            logger.LogWarning(e, "Could not update the deadline reminder of matter {Receipt}", after.ReceiptNumber);
        }
    }

    /// <summary>The next moment a flag may fall due: the start of the working day before a deadline, or the day after it.</summary>
    private DateTimeOffset? NextCheck(MatterState state)
    {
        if (state.ClockStartedOn is null || state.PausedSince is not null)
        {
            return null;
        }

        var moments = new List<DateTimeOffset>();
        void Add(DateOnly? due, FlagLevel flag)
        {
            if (due is not { } d)
            {
                return;
            }

            if (flag < FlagLevel.Yellow)
            {
                moments.Add(StartOf(calendar.Current.PreviousWorkingDay(d)));
            }
            else if (flag < FlagLevel.Red)
            {
                moments.Add(StartOf(d.AddDays(1)));
            }
        }

        Add(state.DueDate, state.Flag);
        foreach (var part in state.Parts.Where(p => p.Status == JointPartStatus.Open))
        {
            Add(part.DueDate, part.Flag);
        }

        return moments.Count == 0 ? null : moments.Min();
    }

    private static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset);

    private async Task StopReminderAsync()
    {
        try
        {
            if (await this.GetReminder(DeadlineReminder) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not remove the deadline reminder of matter {Receipt}", ReceiptNumber);
        }
    }
}
