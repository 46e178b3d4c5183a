using Network.Grains.Calendar;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Rectifications;
using Network.Grains.Ratings.Rules;

namespace Network.Grains.Rectifications.Rules;

/// <summary>
/// The rules of a bad rating's rectification (差评整改), pure. Opened by the rating with a call-back
/// due one working day after it (回访核实, configurable); a named rating (实名) is verified only by a
/// call that reached the citizen, so every named bad rating is called back; then 立行立改, 限期整改
/// (at most the configured working days, Sichuan: 15) or 做好解释; the result fed back to a named
/// citizen; or an appeal (申诉) the supervising tier decides.
/// </summary>
public static class RectificationRules
{
    public const int MaxNoteLength = 500;

    public static RectificationChange Open(RectificationOpening opening, RectificationContext context)
    {
        var ratedOn = ChinaTime.DateOf(opening.RatedAt);
        var state = new RectificationState
        {
            Id = opening.RatingId,
            ReceiptNumber = opening.ReceiptNumber,
            PointCode = opening.PointCode,
            WindowId = opening.WindowId,
            ClerkId = opening.ClerkId,
            ItemName = opening.ItemName,
            Level = opening.Level,
            Aspects = opening.Aspects,
            Comment = opening.Comment,
            Named = opening.Named,
            Contact = opening.Contact,
            RatedAt = opening.RatedAt,
            Status = RectificationStatus.AwaitingCallBack,
            CallBackDue = context.Calendar.AddWorkingDays(ratedOn, context.CallBackWorkingDays).Date,
        };
        var change = new RectificationChange(null, context.Now, "rating");
        change.Record("Opened", state, $"差评（{RatingRules.Chinese(opening.Level)}{(opening.Named ? "，实名" : "，匿名")}），{state.CallBackDue:yyyy-MM-dd} 前回访核实");
        return change;
    }

    /// <summary>回访核实. A named rating is verified only when the call reached the citizen; an attempt that did not is recorded and the call-back stays due.</summary>
    public static RectificationChange CallBack(RectificationState state, CallBackCommand command, RectificationContext context)
    {
        RectificationPolicy.Ensure(state, command.Actor, RectificationAction.CallBack, context);
        var findings = Note(command.Findings, "findings");
        var change = new RectificationChange(state, context.Now, command.Actor.Id);
        if (state.Named && !command.Reached)
        {
            change.Record("CallBackFailed", state with { FailedCallBacks = state.FailedCallBacks + 1, LastCommandFingerprint = context.Fingerprint }, $"回访未接通：{findings}");
            return change;
        }

        change.Record(
            state.Named ? "CalledBack" : "Verified",
            state with
            {
                Status = RectificationStatus.Verified,
                CalledBackBy = command.Actor.Id,
                CalledBackAt = context.Now,
                Findings = findings,
                Flag = FlagLevel.None,
                LastCommandFingerprint = context.Fingerprint,
            },
            $"{(state.Named ? "回访" : "核实")}（{command.Actor.Id}）：{findings}");
        return change;
    }

    /// <summary>The measure: 立行立改 or 做好解释 (then feedback, or closed for an anonymous rating), or 限期整改 within the limit.</summary>
    public static RectificationChange Resolve(RectificationState state, ResolveCommand command, RectificationContext context)
    {
        RectificationPolicy.Ensure(state, command.Actor, RectificationAction.Resolve, context);
        if (!Enum.IsDefined(command.Measure))
        {
            throw DomainException.Invalid("measure", "rectification.measure", "The measure is AtOnce (立行立改), WithDeadline (限期整改) or Explained (做好解释).");
        }

        var note = Note(command.Note, "note");
        var change = new RectificationChange(state, context.Now, command.Actor.Id);
        var next = state with { Measure = command.Measure, MeasureNote = note, LastCommandFingerprint = context.Fingerprint };
        if (command.Measure == RectificationMeasure.WithDeadline)
        {
            var days = command.WorkingDays ?? throw DomainException.Invalid("workingDays", "rectification.deadlineRequired", "A rectification with a deadline (限期整改) names its working days.");
            if (days < 1 || days > context.MaxRectificationWorkingDays)
            {
                throw DomainException.Invalid("workingDays", "rectification.deadlineTooLong", $"A rectification deadline is 1 to {context.MaxRectificationWorkingDays} working days; {days} is not.");
            }

            var due = context.Calendar.AddWorkingDays(context.Today, days).Date;
            change.Record("RectificationOrdered", next with { Status = RectificationStatus.Rectifying, DueDate = due, Flag = FlagLevel.None }, $"限期整改（{days} 个工作日，{due:yyyy-MM-dd} 前）：{note}");
            return change;
        }

        if (command.WorkingDays is not null)
        {
            throw DomainException.Invalid("workingDays", "rectification.noDeadline", "Only a rectification with a deadline (限期整改) names working days.");
        }

        var label = command.Measure == RectificationMeasure.AtOnce ? "立行立改" : "做好解释";
        change.Record(command.Measure == RectificationMeasure.AtOnce ? "RectifiedAtOnce" : "Explained", next with { Status = AfterRectified(state), Flag = FlagLevel.None }, $"{label}：{note}");
        return change;
    }

    public static RectificationChange FinishRectification(RectificationState state, FinishRectificationCommand command, RectificationContext context)
    {
        RectificationPolicy.Ensure(state, command.Actor, RectificationAction.FinishRectification, context);
        var note = Note(command.Note, "note");
        var change = new RectificationChange(state, context.Now, command.Actor.Id);
        var late = state.DueDate is { } due && context.Today > due ? "（逾期）" : string.Empty;
        change.Record("Rectified", state with { Status = AfterRectified(state), MeasureNote = note, Flag = FlagLevel.None, LastCommandFingerprint = context.Fingerprint }, $"整改完成{late}：{note}");
        return change;
    }

    /// <summary>反馈: the result told to the named citizen; the rectification closes.</summary>
    public static RectificationChange FeedBack(RectificationState state, FeedBackCommand command, RectificationContext context)
    {
        RectificationPolicy.Ensure(state, command.Actor, RectificationAction.FeedBack, context);
        var note = Note(command.Note, "note");
        var change = new RectificationChange(state, context.Now, command.Actor.Id);
        change.Record("FedBack", state with { Status = RectificationStatus.Closed, FeedbackNote = note, LastCommandFingerprint = context.Fingerprint }, $"结果反馈：{note}");
        return change;
    }

    /// <summary>申诉: after verification, the point's director asks the supervising tier to set the rating aside.</summary>
    public static RectificationChange Appeal(RectificationState state, AppealCommand command, RectificationContext context)
    {
        RectificationPolicy.Ensure(state, command.Actor, RectificationAction.Appeal, context);
        var reason = Note(command.Reason, "reason");
        var change = new RectificationChange(state, context.Now, command.Actor.Id);
        change.Record("Appealed", state with { Status = RectificationStatus.Appealed, AppealReason = reason, AppealedBy = command.Actor.Id, LastCommandFingerprint = context.Fingerprint }, $"申诉：{reason}");
        return change;
    }

    /// <summary>The supervising tier decides: set aside (the rating leaves the statistics), or refused (back to the measure).</summary>
    public static RectificationChange DecideAppeal(RectificationState state, DecideAppealCommand command, RectificationContext context)
    {
        RectificationPolicy.Ensure(state, command.Actor, RectificationAction.DecideAppeal, context);
        var reason = Note(command.Reason, "reason");
        var change = new RectificationChange(state, context.Now, command.Actor.Id);
        change.Record(
            command.SetAside ? "AppealUpheld" : "AppealRefused",
            state with
            {
                Status = command.SetAside ? RectificationStatus.SetAside : RectificationStatus.Verified,
                AppealDecision = reason,
                AppealDecidedBy = command.Actor.Id,
                LastCommandFingerprint = context.Fingerprint,
            },
            command.SetAside ? $"申诉成立，评价不计入统计：{reason}" : $"申诉不成立：{reason}",
            command.Actor.PointCode);
        return change;
    }

    /// <summary>Electronic supervision on the deadline in force: yellow one working day before it, red once it has passed, each recorded once.</summary>
    public static RectificationChange CheckDeadlines(RectificationState state, RectificationContext context)
    {
        var change = new RectificationChange(state, context.Now, "supervision");
        var level = FlagOn(state, context.Today, context.Calendar);
        if (level > state.Flag)
        {
            var due = state.DeadlineInForce;
            var what = state.Status == RectificationStatus.AwaitingCallBack ? "回访核实" : "限期整改";
            change.Record(
                level == FlagLevel.Red ? "FlaggedRed" : "FlaggedYellow",
                state with { Flag = level },
                level == FlagLevel.Red ? $"红牌：{what}已超过期限 {due:yyyy-MM-dd}" : $"黄牌预警：{what}期限 {due:yyyy-MM-dd}");
        }

        return change;
    }

    /// <summary>The flag the deadline in force deserves on <paramref name="today"/>.</summary>
    public static FlagLevel FlagOn(RectificationState state, DateOnly today, WorkingDayCalendar calendar)
    {
        if (state.DeadlineInForce is not { } due)
        {
            return FlagLevel.None;
        }

        if (today > due)
        {
            return FlagLevel.Red;
        }

        return today >= calendar.PreviousWorkingDay(due) ? FlagLevel.Yellow : FlagLevel.None;
    }

    /// <summary>The next day the flag may rise, or null when nothing is due.</summary>
    public static DateOnly? NextCheck(RectificationState state, WorkingDayCalendar calendar)
    {
        if (state.IsClosed || state.DeadlineInForce is not { } due)
        {
            return null;
        }

        return state.Flag switch
        {
            FlagLevel.None => calendar.PreviousWorkingDay(due),
            FlagLevel.Yellow => due.AddDays(1),
            _ => null,
        };
    }

    private static RectificationStatus AfterRectified(RectificationState state) =>
        state.Named ? RectificationStatus.AwaitingFeedback : RectificationStatus.Closed;

    private static string Note(string? value, string field) => Require.Text(value, field, MaxNoteLength);
}
