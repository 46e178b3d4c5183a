using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Complaints;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Oversight;

namespace Network.Grains.Complaints.Rules;

/// <summary>
/// Complaints after GB/T 36113: registration from the hall, the supervision phone or the public
/// page; its handling point; its deadlines (acknowledged within one working day; 现场协调 the same
/// day, 转办 within 5 working days, once extendable to 15 with a reason, 意见建议 within 15).
/// </summary>
public static partial class ComplaintRules
{
    /// <summary>The ledger's actor of a complaint filed on the public page.</summary>
    public const string PublicActorId = "public";

    public const int AcknowledgeWorkingDays = 1;
    public const int TransferReplyWorkingDays = 5;
    public const int ExtendedReplyWorkingDays = 15;
    public const int SuggestionReplyWorkingDays = 15;
    public const int MaxContent = 2000;
    public const int MaxText = 1000;

    /// <summary>Staff record a complaint at the hall or from the supervision phone.</summary>
    public static OversightChange<ComplaintState> Register(string number, RegisterComplaintCommand command, OversightContext context)
    {
        var actor = command.Actor;
        var (point, profile) = PointOf(number, command.PointCode, context);
        if (actor.Role == ActorRole.WindowClerk)
        {
            if (actor.PointCode != point || !profile.Windows.Any(w => w.IsStaffedBy(actor.Id)))
            {
                throw OversightPolicy.Jurisdiction("pointCode", $"Clerk {actor.Id} records complaints at their own point only, not at {point}.");
            }
        }
        else if (OversightPolicy.IsOverseer(actor, context, "record complaints") is { } refusal)
        {
            throw refusal;
        }
        else if (!actor.Reaches(point))
        {
            throw OversightPolicy.Jurisdiction("pointCode", $"{point} is outside the reach of {actor}.");
        }

        if (command.Channel == ComplaintChannel.Web)
        {
            throw DomainException.Invalid("channel", "complaint.channel", "Staff record complaints from the hall or the supervision phone; web complaints are filed on the public page.");
        }

        if (!Enum.IsDefined(command.Channel))
        {
            throw DomainException.Invalid("channel", "complaint.channel", "channel is Hall or Phone.");
        }

        return Registered(number, point, profile, command.Channel, command.Type, command.Subject, command.Content, command.Complainant, actor.Id, context);
    }

    /// <summary>A citizen files a complaint on the public page: anonymous allowed (no feedback), never settled on the spot.</summary>
    public static OversightChange<ComplaintState> RegisterFromPublic(string number, PublicComplaintRequest request, OversightContext context)
    {
        var (point, profile) = PointOf(number, request.PointCode, context);
        if (request.Complainant is { } named && string.IsNullOrWhiteSpace(named.Phone))
        {
            throw DomainException.Invalid("complainant.phone", "text.required", "A named complaint needs a phone number for the reply; leave the name empty to complain anonymously.");
        }

        return Registered(number, point, profile, ComplaintChannel.Web, request.Type, request.Subject, request.Content, request.Complainant, PublicActorId, context);
    }

    /// <summary>
    /// The point that handles a complaint about <paramref name="profile"/>'s point: the point itself,
    /// or for a complaint about one of its directors the supervising tier (the parent point); the
    /// city, which has none, handles it itself through its supervisors.
    /// </summary>
    public static string HandlingPointOf(ServicePointProfile profile, ComplaintSubject subject) =>
        subject.Kind == ComplaintSubjectKind.Clerk && subject.ClerkId is { } clerk && profile.IsDirector(clerk) && profile.Code.Parent is { } parent
            ? parent.Value
            : profile.Code.Value;

    private static (string Point, ServicePointProfile Profile) PointOf(string number, string? pointCode, OversightContext context)
    {
        var point = DivisionCode.Parse(pointCode, "pointCode").Value;
        if (CaseNumber.PointOf(CaseNumber.Complaint, number).Value != point)
        {
            throw DomainException.Invalid("pointCode", "complaint.otherPoint", $"Complaint number {number} was issued for another point than {point}.");
        }

        var profile = context.Point(point) ?? throw DomainException.NotFound("pointCode", "point.undefined", $"Service point {point} is not defined.");
        return (point, profile);
    }

    private static OversightChange<ComplaintState> Registered(
        string number,
        string point,
        ServicePointProfile profile,
        ComplaintChannel channel,
        ComplaintType type,
        ComplaintSubject? subject,
        string? content,
        Complainant? complainant,
        string actorId,
        OversightContext context)
    {
        if (!Enum.IsDefined(type))
        {
            throw DomainException.Invalid("type", "complaint.type", "type is OnSiteCoordination, Transfer or Suggestion.");
        }

        if (type == ComplaintType.OnSiteCoordination && channel != ComplaintChannel.Hall)
        {
            throw DomainException.Invalid("type", "complaint.onSiteAtHallOnly", "现场协调 settles a complaint on the spot: only at the hall.");
        }

        var checkedSubject = CheckSubject(subject, point, profile, context);
        var text = Require.Text(content, "content", MaxContent);
        var named = complainant is null
            ? null
            : new Complainant(
                Require.Text(complainant.Name, "complainant.name", 50),
                string.IsNullOrWhiteSpace(complainant.Phone) ? null : Require.Phone(complainant.Phone, "complainant.phone"));
        var today = context.Today;
        var replyBy = type switch
        {
            ComplaintType.OnSiteCoordination => today,
            ComplaintType.Transfer => context.Calendar.AddWorkingDays(today, TransferReplyWorkingDays).Date,
            _ => context.Calendar.AddWorkingDays(today, SuggestionReplyWorkingDays).Date,
        };
        var acknowledgeBy = type == ComplaintType.OnSiteCoordination ? today : context.Calendar.AddWorkingDays(today, AcknowledgeWorkingDays).Date;
        var handling = HandlingPointOf(profile, checkedSubject);
        var state = new ComplaintState
        {
            Number = number,
            PointCode = point,
            PointName = profile.Name,
            HandlingPointCode = handling,
            Channel = channel,
            Type = type,
            Subject = checkedSubject,
            Content = text,
            Complainant = named,
            Status = ComplaintStatus.Registered,
            RegisteredAt = context.Now,
            RegisteredBy = actorId,
            RegisteredOn = today,
            AcknowledgeBy = acknowledgeBy,
            ReplyBy = replyBy,
            IntakeFingerprint = context.Fingerprint ?? string.Empty,
        };
        var change = new OversightChange<ComplaintState>(null, context.Now, actorId);
        change.Record(
            "Registered",
            state,
            $"{ChannelName(channel)}登记{TypeName(type)}（{(named is null ? "匿名" : "实名")}），{SubjectName(checkedSubject)}；受理期限 {acknowledgeBy:yyyy-MM-dd}，答复期限 {replyBy:yyyy-MM-dd}"
                + (handling != point ? $"；投诉中心负责人，由上级 {handling} 办理" : string.Empty));
        return change;
    }

    private static ComplaintSubject CheckSubject(ComplaintSubject? subject, string point, ServicePointProfile profile, OversightContext context)
    {
        if (subject is null)
        {
            throw DomainException.Invalid("subject", "complaint.subjectRequired", "Say what the complaint is about: the center, a window, a member of staff or a matter.");
        }

        switch (subject.Kind)
        {
            case ComplaintSubjectKind.Center:
                return new ComplaintSubject(ComplaintSubjectKind.Center);
            case ComplaintSubjectKind.Window:
                var window = profile.FindWindow(subject.WindowId ?? string.Empty)
                    ?? throw DomainException.NotFound("subject.windowId", "window.unknown", $"{profile.Name} has no window '{subject.WindowId}'.");
                return new ComplaintSubject(ComplaintSubjectKind.Window, WindowId: window.Id);
            case ComplaintSubjectKind.Clerk:
                if (string.IsNullOrWhiteSpace(subject.ClerkId) || !OversightPolicy.IsStaff(profile, subject.ClerkId))
                {
                    throw DomainException.NotFound("subject.clerkId", "clerk.unknown", $"{profile.Name} has no member of staff '{subject.ClerkId}'.");
                }

                var at = profile.Windows.FirstOrDefault(w => w.IsStaffedBy(subject.ClerkId));
                return new ComplaintSubject(ComplaintSubjectKind.Clerk, WindowId: at?.Id, ClerkId: subject.ClerkId);
            case ComplaintSubjectKind.Matter:
                var matterPoint = ReceiptNumber.PointOf(subject.ReceiptNumber, "subject.receiptNumber");
                if (context.Linked is not { } matter || matter.CaseId != subject.ReceiptNumber)
                {
                    throw DomainException.NotFound("subject.receiptNumber", "matter.unknown", $"There is no matter with receipt number {subject.ReceiptNumber}.");
                }

                if (!matter.Points.Contains(point) && matterPoint.Value != point)
                {
                    throw DomainException.Invalid("subject.receiptNumber", "complaint.matterOtherPoint", $"Matter {subject.ReceiptNumber} is not a matter of {profile.Name}.");
                }

                return new ComplaintSubject(ComplaintSubjectKind.Matter, ReceiptNumber: subject.ReceiptNumber);
            default:
                throw DomainException.Invalid("subject.kind", "complaint.subjectKind", "subject.kind is Center, Window, Clerk or Matter.");
        }
    }

    public static string ChannelName(ComplaintChannel channel) => channel switch
    {
        ComplaintChannel.Hall => "现场",
        ComplaintChannel.Phone => "监督电话",
        _ => "网上",
    };

    public static string TypeName(ComplaintType type) => type switch
    {
        ComplaintType.OnSiteCoordination => "现场协调投诉",
        ComplaintType.Transfer => "转办投诉",
        _ => "意见建议",
    };

    private static string SubjectName(ComplaintSubject subject) => subject.Kind switch
    {
        ComplaintSubjectKind.Window => $"涉及窗口 {subject.WindowId}",
        ComplaintSubjectKind.Clerk => "涉及工作人员",
        ComplaintSubjectKind.Matter => $"涉及办件 {subject.ReceiptNumber}",
        _ => "涉及服务中心",
    };
}
