using Network.Grains.Complaints;
using Network.Grains.Interfaces.Accountability;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;
using Network.Grains.Matters;
using Network.Grains.Oversight;
using Network.Grains.Supervision;

namespace Network.Grains.Accountability.Rules;

/// <summary>
/// Accountability (责任追究): a director or supervisor whose reach covers a point records, against a
/// clerk or window there, the reason and the measure (提醒, 诫勉, 通报), linked to the matter,
/// complaint or supervision order it follows from; the clerk confirms reading it.
/// </summary>
public static class AccountabilityRules
{
    public const int MaxReason = 1000;

    public static string KindOf(AccountabilityLinkKind kind) => kind switch
    {
        AccountabilityLinkKind.Matter => MatterRepository.CaseKind,
        AccountabilityLinkKind.Complaint => ComplaintRepository.CaseKind,
        AccountabilityLinkKind.SupervisionOrder => SupervisionOrderRepository.CaseKind,
        _ => throw DomainException.Invalid("link.kind", "accountability.linkKind", "link.kind is Matter, Complaint or SupervisionOrder."),
    };

    public static OversightChange<AccountabilityState> Record(string number, RecordAccountabilityCommand command, OversightContext context)
    {
        var actor = command.Actor;
        if (OversightPolicy.IsOverseer(actor, context, "record accountability") is { } refusal)
        {
            throw refusal;
        }

        var point = DivisionCode.Parse(command.PointCode, "pointCode").Value;
        if (CaseNumber.PointOf(CaseNumber.Accountability, number).Value != point)
        {
            throw DomainException.Invalid("pointCode", "accountability.otherPoint", $"Record number {number} was issued for another point than {point}.");
        }

        if (!actor.Reaches(point))
        {
            throw OversightPolicy.Jurisdiction("pointCode", $"{point} is outside the reach of {actor}.");
        }

        var profile = context.Point(point) ?? throw DomainException.NotFound("pointCode", "point.undefined", $"Service point {point} is not defined.");
        if (command.ClerkId is null && command.WindowId is null)
        {
            throw DomainException.Invalid("clerkId", "accountability.subjectRequired", "Name the clerk or the window held to account.");
        }

        string? clerkName = null;
        if (command.ClerkId is { } clerk)
        {
            clerkName = OversightPolicy.StaffName(profile, clerk)
                ?? throw DomainException.NotFound("clerkId", "clerk.unknown", $"{profile.Name} has no member of staff '{clerk}'.");
            if (clerk == actor.Id)
            {
                throw DomainException.Forbidden("clerkId", "accountability.self", "No one records accountability against themselves; the tier above does.");
            }
        }

        if (command.WindowId is { } windowId)
        {
            var window = profile.FindWindow(windowId) ?? throw DomainException.NotFound("windowId", "window.unknown", $"{profile.Name} has no window '{windowId}'.");
            if (command.ClerkId is { } c && !window.IsStaffedBy(c))
            {
                throw DomainException.Invalid("clerkId", "accountability.clerkNotAtWindow", $"{c} is neither the A nor the B clerk of window '{windowId}'.");
            }
        }

        if (!Enum.IsDefined(command.Measure))
        {
            throw DomainException.Invalid("measure", "accountability.measure", "measure is Reminder (提醒), Admonition (诫勉) or Notice (通报).");
        }

        if (command.Link is null)
        {
            throw DomainException.Invalid("link", "accountability.linkRequired", "Link the matter, complaint or supervision order the record follows from.");
        }

        KindOf(command.Link.Kind);
        var linked = context.Linked is { } found && found.CaseId == command.Link.CaseId
            ? found
            : throw DomainException.NotFound("link.caseId", "accountability.linkUnknown", $"There is no {command.Link.Kind} {command.Link.CaseId}.");
        if (!linked.Points.Contains(point))
        {
            throw DomainException.Invalid("link.caseId", "accountability.linkOtherPoint", $"{command.Link.Kind} {linked.CaseId} does not concern {profile.Name}.");
        }

        var reason = Require.Text(command.Reason, "reason", MaxReason);
        var state = new AccountabilityState
        {
            Number = number,
            PointCode = point,
            PointName = profile.Name,
            ClerkId = command.ClerkId,
            ClerkName = clerkName,
            WindowId = command.WindowId,
            Reason = reason,
            Measure = command.Measure,
            Link = new AccountabilityLink(command.Link.Kind, linked.CaseId),
            Status = AccountabilityStatus.Recorded,
            RecordedAt = context.Now,
            RecordedBy = actor.Id,
            RecordedAtPointCode = actor.PointCode,
            IntakeFingerprint = context.Fingerprint ?? string.Empty,
        };
        var change = new OversightChange<AccountabilityState>(null, context.Now, actor.Id);
        change.Record("Recorded", state, $"{MeasureName(command.Measure)}（{command.Link.Kind} {linked.CaseId}）：{reason}");
        return change;
    }

    public static OversightChange<AccountabilityState> Acknowledge(AccountabilityState state, AcknowledgeAccountabilityCommand command, OversightContext context)
    {
        AccountabilityPolicy.Ensure(state, command.Actor, AccountabilityAction.Acknowledge, context);
        var change = new OversightChange<AccountabilityState>(state, context.Now, command.Actor.Id);
        change.Record("Acknowledged", state with { Status = AccountabilityStatus.Acknowledged, AcknowledgedAt = context.Now }, "本人已阅");
        return change;
    }

    public static string MeasureName(AccountabilityMeasure measure) => measure switch
    {
        AccountabilityMeasure.Reminder => "提醒",
        AccountabilityMeasure.Admonition => "诫勉",
        _ => "通报",
    };
}
