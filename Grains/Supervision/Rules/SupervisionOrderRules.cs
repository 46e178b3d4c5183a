using Network.Grains.Calendar;
using Network.Grains.Complaints;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Supervision;
using Network.Grains.Matters;
using Network.Grains.Rectifications;
using Network.Grains.Oversight;

namespace Network.Grains.Supervision.Rules;

/// <summary>
/// Supervision orders (督办): a township's or the city's director or supervisor orders a point below
/// it to act on an overdue or flagged matter, or an open complaint, within a number of working days;
/// the point replies; the issuer accepts or sends back with a new deadline; an order past its
/// deadline is flagged red, upward.
/// </summary>
public static class SupervisionOrderRules
{
    public const int MaxWorkingDays = 30;
    public const int MaxText = 1000;

    /// <summary>The store's kind name of a target kind.</summary>
    public static string KindOf(SupervisionTargetKind kind) => kind switch
    {
        SupervisionTargetKind.Matter => MatterRepository.CaseKind,
        SupervisionTargetKind.Complaint => ComplaintRepository.CaseKind,
        SupervisionTargetKind.Rectification => RectificationRepository.CaseKind,
        _ => throw DomainException.Invalid("target.kind", "order.targetKind", "target.kind is Matter, Complaint or Rectification."),
    };

    public static OversightChange<SupervisionOrderState> Issue(string number, IssueSupervisionOrderCommand command, OversightContext context)
    {
        var actor = command.Actor;
        if (OversightPolicy.IsOverseer(actor, context, "issue supervision orders") is { } refusal)
        {
            throw refusal;
        }

        if (DivisionCode.Parse(actor.PointCode, "actor").Tier == Tier.Village)
        {
            throw OversightPolicy.Role(actor, "issue supervision orders from a village station (a township or the city does)");
        }

        if (CaseNumber.PointOf(CaseNumber.SupervisionOrder, number).Value != actor.PointCode)
        {
            throw DomainException.Invalid("number", "order.otherPoint", $"Order number {number} was not issued for the issuing point {actor.PointCode}.");
        }

        if (command.Target is null)
        {
            throw DomainException.Invalid("target", "order.targetRequired", "Name the case the order is about: a matter or a complaint.");
        }

        KindOf(command.Target.Kind);
        var target = context.Linked is { } found && found.CaseId == command.Target.CaseId
            ? found
            : throw DomainException.NotFound("target.caseId", "order.targetUnknown", $"There is no {command.Target.Kind} {command.Target.CaseId}.");
        if (!target.IsOpen)
        {
            throw DomainException.Conflict("order.targetClosed", $"{command.Target.Kind} {target.CaseId} is closed: there is nothing to order.", "target.caseId");
        }

        if (command.Target.Kind == SupervisionTargetKind.Matter
            && target.Flag == FlagLevel.None && !(target.DueDate is { } due && due < context.Today))
        {
            throw DomainException.Conflict("order.matterNotOverdue", $"Matter {target.CaseId} is neither overdue nor flagged: a supervision order is for matters running late.", "target.caseId");
        }

        // The point that must act: the one holding the case now, or else the one it was taken in at, whichever lies below the issuer.
        var point = new[] { target.HoldingPointCode, target.PointCode }.FirstOrDefault(p => OversightPolicy.IsBelow(p, actor.PointCode))
            ?? throw OversightPolicy.Jurisdiction("target.caseId", $"{target.CaseId} is not at a point below {actor.PointCode}; a supervision order goes down the tiers.");
        var instructions = Require.Text(command.Instructions, "instructions", MaxText);
        var days = Require.WorkingDays(command.WorkingDays, "workingDays", MaxWorkingDays);
        var dueDate = context.Calendar.AddWorkingDays(context.Today, days).Date;
        var state = new SupervisionOrderState
        {
            Number = number,
            PointCode = point,
            PointName = context.Point(point)?.Name ?? point,
            IssuerPointCode = actor.PointCode,
            IssuedBy = actor.Id,
            Target = new SupervisionTarget(command.Target.Kind, target.CaseId),
            Instructions = instructions,
            Status = SupervisionOrderStatus.Issued,
            IssuedAt = context.Now,
            SetOn = context.Today,
            DueDate = dueDate,
            IntakeFingerprint = context.Fingerprint ?? string.Empty,
        };
        var change = new OversightChange<SupervisionOrderState>(null, context.Now, actor.Id);
        change.Record("Issued", state, $"{actor.PointCode} 督办 {command.Target.Kind} {target.CaseId}，{days} 个工作日内（{dueDate:yyyy-MM-dd}前）回复：{instructions}", actor.PointCode);
        return change;
    }

    public static OversightChange<SupervisionOrderState> Reply(SupervisionOrderState state, ReplySupervisionOrderCommand command, OversightContext context)
    {
        SupervisionOrderPolicy.Ensure(state, command.Actor, SupervisionOrderAction.Reply, context);
        var reply = Require.Text(command.Reply, "reply", MaxText);
        var late = context.Today > state.DueDate ? $"（逾期，期限 {state.DueDate:yyyy-MM-dd}）" : string.Empty;
        return Step(state, command.Actor, context, "Replied", state with { Status = SupervisionOrderStatus.Replied, Reply = reply, RepliedBy = command.Actor.Id }, $"回复{late}：{reply}", state.PointCode);
    }

    public static OversightChange<SupervisionOrderState> Accept(SupervisionOrderState state, AcceptSupervisionOrderCommand command, OversightContext context)
    {
        SupervisionOrderPolicy.Ensure(state, command.Actor, SupervisionOrderAction.Accept, context);
        var note = command.Note is null ? null : Require.Text(command.Note, "note", MaxText);
        return Step(state, command.Actor, context, "Accepted", state with { Status = SupervisionOrderStatus.Accepted, AcceptNote = note }, note ?? "督办办结", state.IssuerPointCode);
    }

    public static OversightChange<SupervisionOrderState> SendBack(SupervisionOrderState state, SendBackSupervisionOrderCommand command, OversightContext context)
    {
        SupervisionOrderPolicy.Ensure(state, command.Actor, SupervisionOrderAction.SendBack, context);
        var reason = Require.Text(command.Reason, "reason", MaxText);
        var days = Require.WorkingDays(command.WorkingDays, "workingDays", MaxWorkingDays);
        var dueDate = context.Calendar.AddWorkingDays(context.Today, days).Date;
        return Step(
            state,
            command.Actor,
            context,
            "SentBack",
            state with { Status = SupervisionOrderStatus.SentBack, SendBackReason = reason, SetOn = context.Today, DueDate = dueDate, Flag = FlagLevel.None, Rounds = state.Rounds + 1 },
            $"退回重办，{dueDate:yyyy-MM-dd}前再次回复：{reason}",
            state.IssuerPointCode);
    }

    /// <summary>The flag due by now while the point owes a reply; an empty change when none is.</summary>
    public static OversightChange<SupervisionOrderState> CheckDeadlines(SupervisionOrderState state, OversightContext context)
    {
        var change = new OversightChange<SupervisionOrderState>(state, context.Now, Actor.Supervision.Id);
        if (!state.ClockRuns)
        {
            return change;
        }

        var level = OversightDeadlines.LevelFor(state.DueDate, context.Today, state.SetOn, context.Calendar);
        if (level > state.Flag)
        {
            change.Record(
                level == FlagLevel.Red ? "FlaggedRed" : "FlaggedYellow",
                state with { Flag = level },
                OversightDeadlines.Describe(level, "督办回复", state.DueDate));
        }

        return change;
    }

    public static DateOnly? NextCheck(SupervisionOrderState state, WorkingDayCalendar calendar) =>
        state.ClockRuns ? OversightDeadlines.NextCheck(state.DueDate, state.Flag, state.SetOn, calendar) : null;

    private static OversightChange<SupervisionOrderState> Step(
        SupervisionOrderState state, Actor actor, OversightContext context, string action, SupervisionOrderState next, string detail, string pointCode)
    {
        var change = new OversightChange<SupervisionOrderState>(state, context.Now, actor.Id);
        change.Record(action, next with { LastCommandFingerprint = context.Fingerprint }, detail, pointCode);
        return change;
    }
}
