using Network.Grains.Calendar;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Complaints;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Oversight;

namespace Network.Grains.Complaints.Rules;

/// <summary>Handling: acknowledged → investigated → decided → replied (named complaints only) → filed; the one extension; the flags.</summary>
public static partial class ComplaintRules
{
    public static OversightChange<ComplaintState> Acknowledge(ComplaintState state, AcknowledgeComplaintCommand command, OversightContext context)
    {
        ComplaintPolicy.Ensure(state, command.Actor, ComplaintAction.Acknowledge, context);
        return Step(state, command.Actor, context, "Acknowledged", state with { Status = ComplaintStatus.Acknowledged }, $"已受理，答复期限 {state.ReplyBy:yyyy-MM-dd}");
    }

    public static OversightChange<ComplaintState> Investigate(ComplaintState state, InvestigateComplaintCommand command, OversightContext context)
    {
        ComplaintPolicy.Ensure(state, command.Actor, ComplaintAction.Investigate, context);
        var note = command.Note is null ? null : Require.Text(command.Note, "note", MaxText);
        return Step(state, command.Actor, context, "InvestigationStarted", state with { Status = ComplaintStatus.Investigating }, note ?? "开始调查核实");
    }

    public static OversightChange<ComplaintState> Decide(ComplaintState state, DecideComplaintCommand command, OversightContext context)
    {
        ComplaintPolicy.Ensure(state, command.Actor, ComplaintAction.Decide, context);
        if (!Enum.IsDefined(command.Finding))
        {
            throw DomainException.Invalid("finding", "complaint.finding", "finding is Upheld, PartlyUpheld or NotUpheld.");
        }

        var findings = Require.Text(command.Findings, "findings", MaxText);
        return Step(
            state,
            command.Actor,
            context,
            "Decided",
            state with { Status = ComplaintStatus.Decided, Finding = command.Finding, Findings = findings },
            $"{FindingName(command.Finding)}：{findings}");
    }

    public static OversightChange<ComplaintState> Reply(ComplaintState state, ReplyComplaintCommand command, OversightContext context)
    {
        ComplaintPolicy.Ensure(state, command.Actor, ComplaintAction.Reply, context);
        var reply = Require.Text(command.Reply, "reply", MaxText);
        return Step(state, command.Actor, context, "Replied", state with { Status = ComplaintStatus.Replied, Reply = reply }, "已答复投诉人");
    }

    public static OversightChange<ComplaintState> File(ComplaintState state, FileComplaintCommand command, OversightContext context)
    {
        ComplaintPolicy.Ensure(state, command.Actor, ComplaintAction.File, context);
        return Step(state, command.Actor, context, "Filed", state with { Status = ComplaintStatus.Filed }, state.Anonymous ? "匿名投诉，不予反馈，归档" : "归档");
    }

    /// <summary>The one extension of a transferred complaint's reply deadline: to 15 working days after registration, with a reason.</summary>
    public static OversightChange<ComplaintState> Extend(ComplaintState state, ExtendComplaintCommand command, OversightContext context)
    {
        ComplaintPolicy.Ensure(state, command.Actor, ComplaintAction.Extend, context);
        var reason = Require.Text(command.Reason, "reason", MaxText);
        var replyBy = context.Calendar.AddWorkingDays(state.RegisteredOn, ExtendedReplyWorkingDays).Date;
        return Step(
            state,
            command.Actor,
            context,
            "Extended",
            state with { Extended = true, ExtensionReason = reason, ReplyBy = replyBy, ReplyFlag = FlagLevel.None },
            $"答复期限延长至 {replyBy:yyyy-MM-dd}：{reason}");
    }

    /// <summary>The flags due by now on the acknowledgement and reply deadlines; an empty change when none is.</summary>
    public static OversightChange<ComplaintState> CheckDeadlines(ComplaintState state, OversightContext context)
    {
        var change = new OversightChange<ComplaintState>(state, context.Now, Actor.Supervision.Id);
        if (state.IsClosed)
        {
            return change;
        }

        var next = state;
        if (next.Status == ComplaintStatus.Registered)
        {
            var level = OversightDeadlines.LevelFor(next.AcknowledgeBy, context.Today, next.RegisteredOn, context.Calendar);
            if (level > next.AcknowledgeFlag)
            {
                next = change.Record(
                    level == FlagLevel.Red ? "AcknowledgementFlaggedRed" : "AcknowledgementFlaggedYellow",
                    next with { AcknowledgeFlag = level },
                    OversightDeadlines.Describe(level, "投诉受理", next.AcknowledgeBy),
                    next.HandlingPointCode);
            }
        }

        if (next.ReplyClockRuns)
        {
            var level = OversightDeadlines.LevelFor(next.ReplyBy, context.Today, next.RegisteredOn, context.Calendar);
            if (level > next.ReplyFlag)
            {
                change.Record(
                    level == FlagLevel.Red ? "ReplyFlaggedRed" : "ReplyFlaggedYellow",
                    next with { ReplyFlag = level },
                    OversightDeadlines.Describe(level, next.Anonymous ? "投诉办理" : "投诉答复", next.ReplyBy),
                    next.HandlingPointCode);
            }
        }

        return change;
    }

    /// <summary>The next day a flag may fall due; null when none can.</summary>
    public static DateOnly? NextCheck(ComplaintState state, WorkingDayCalendar calendar)
    {
        if (state.IsClosed)
        {
            return null;
        }

        var acknowledge = state.Status == ComplaintStatus.Registered
            ? OversightDeadlines.NextCheck(state.AcknowledgeBy, state.AcknowledgeFlag, state.RegisteredOn, calendar)
            : null;
        var reply = state.ReplyClockRuns ? OversightDeadlines.NextCheck(state.ReplyBy, state.ReplyFlag, state.RegisteredOn, calendar) : null;
        return (acknowledge, reply) switch
        {
            ({ } a, { } r) => a < r ? a : r,
            ({ } a, null) => a,
            (null, var r) => r,
        };
    }

    public static string FindingName(ComplaintFinding finding) => finding switch
    {
        ComplaintFinding.Upheld => "属实",
        ComplaintFinding.PartlyUpheld => "部分属实",
        _ => "不属实",
    };

    private static OversightChange<ComplaintState> Step(ComplaintState state, Actor actor, OversightContext context, string action, ComplaintState next, string? detail)
    {
        var change = new OversightChange<ComplaintState>(state, context.Now, actor.Id);
        change.Record(action, next with { LastCommandFingerprint = context.Fingerprint }, detail, state.HandlingPointCode);
        return change;
    }
}
