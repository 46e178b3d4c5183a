using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Consultations;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Oversight;

namespace Network.Grains.Consultations.Rules;

/// <summary>
/// Consultations (咨询): recorded without intake, owned by the clerk asked first (首问负责), answered
/// on the spot or later, handed over explicitly, or turned into a matter when the citizen applies.
/// </summary>
public static class ConsultationRules
{
    public const int MaxTopic = 500;
    public const int MaxAnswer = 2000;

    public static OversightChange<ConsultationState> Record(string number, RecordConsultationCommand command, OversightContext context)
    {
        var actor = command.Actor;
        var point = DivisionCode.Parse(command.PointCode, "pointCode").Value;
        if (CaseNumber.PointOf(CaseNumber.Consultation, number).Value != point)
        {
            throw DomainException.Invalid("pointCode", "consultation.otherPoint", $"Consultation number {number} was issued for another point than {point}.");
        }

        var profile = context.Point(point) ?? throw DomainException.NotFound("pointCode", "point.undefined", $"Service point {point} is not defined.");
        if (ConsultationPolicy.MayRecord(actor, point, context) is { } refusal)
        {
            throw refusal;
        }

        if (!Enum.IsDefined(command.Channel))
        {
            throw DomainException.Invalid("channel", "consultation.channel", "channel is Visit or Phone.");
        }

        var window = command.WindowId is { Length: > 0 } windowId
            ? profile.FindWindow(windowId) ?? throw DomainException.NotFound("windowId", "window.unknown", $"{profile.Name} has no window '{windowId}'.")
            : null;
        var topic = Require.Text(command.Topic, "topic", MaxTopic);
        var answer = string.IsNullOrWhiteSpace(command.Answer) ? null : Require.Text(command.Answer, "answer", MaxAnswer);
        var state = new ConsultationState
        {
            Number = number,
            PointCode = point,
            PointName = profile.Name,
            WindowId = window?.Id,
            Channel = command.Channel,
            Topic = topic,
            Answer = answer,
            Inquirer = CheckInquirer(command.Inquirer),
            Status = answer is null ? ConsultationStatus.Open : ConsultationStatus.Answered,
            RecordedAt = context.Now,
            AnsweredAt = answer is null ? null : context.Now,
            FirstClerkId = actor.Id,
            OwnerClerkId = actor.Id,
            IntakeFingerprint = context.Fingerprint ?? string.Empty,
        };

        var change = new OversightChange<ConsultationState>(null, context.Now, actor.Id);
        change.Record("Recorded", state, $"{(command.Channel == ConsultationChannel.Phone ? "电话" : "现场")}咨询登记，首问负责人 {actor.Id}{(answer is null ? string.Empty : "；当场答复")}");
        return change;
    }

    public static OversightChange<ConsultationState> Answer(ConsultationState state, AnswerConsultationCommand command, OversightContext context)
    {
        ConsultationPolicy.Ensure(state, command.Actor, ConsultationAction.Answer, context);
        var answer = Require.Text(command.Answer, "answer", MaxAnswer);
        var change = new OversightChange<ConsultationState>(state, context.Now, command.Actor.Id);
        change.Record("Answered", state with { Answer = answer, AnsweredAt = context.Now, Status = ConsultationStatus.Answered, LastCommandFingerprint = context.Fingerprint }, "已答复");
        return change;
    }

    public static OversightChange<ConsultationState> HandOver(ConsultationState state, HandOverConsultationCommand command, OversightContext context)
    {
        var actor = command.Actor;
        ConsultationPolicy.Ensure(state, actor, ConsultationAction.HandOver, context);
        var to = Require.Text(command.ToClerkId, "toClerkId", 64);
        if (to == state.OwnerClerkId)
        {
            throw DomainException.Invalid("toClerkId", "owner.same", "A hand-over names another clerk.");
        }

        var profile = context.Point(state.PointCode);
        if (profile is null || !profile.Windows.Any(w => w.IsStaffedBy(to)) && !profile.IsDirector(to) && !profile.IsProxyAgent(to))
        {
            throw DomainException.NotFound("toClerkId", "clerk.unknown", $"{to} is not a clerk of {state.PointCode}.");
        }

        var note = command.Note is null ? null : Require.Text(command.Note, "note", 500);
        var by = actor.Id == state.OwnerClerkId ? string.Empty : $"（中心主任 {actor.Id} 指定）";
        var change = new OversightChange<ConsultationState>(state, context.Now, actor.Id);
        change.Record("HandedOver", state with { OwnerClerkId = to, LastCommandFingerprint = context.Fingerprint }, $"首问负责移交 {state.OwnerClerkId} → {to}{by}{(note is null ? string.Empty : "：" + note)}");
        return change;
    }

    /// <summary>The receipt number of the matter a consultation turns into: its own number without the ZX prefix (same point, day and tail).</summary>
    public static string MatterReceiptOf(string consultationNumber)
    {
        var point = CaseNumber.PointOf(CaseNumber.Consultation, consultationNumber);
        var parts = consultationNumber.Split('-');
        return ReceiptNumber.At(point, $"{parts[1][CaseNumber.Consultation.Length..]}-{parts[2]}");
    }

    /// <summary>Records the link once the matter was taken in (<paramref name="matter"/>, as the matter grain answered).</summary>
    public static OversightChange<ConsultationState> TurnedIntoMatter(ConsultationState state, Actor actor, MatterView matter, OversightContext context)
    {
        ConsultationPolicy.Ensure(state, actor, ConsultationAction.TurnIntoMatter, context);
        var change = new OversightChange<ConsultationState>(state, context.Now, actor.Id);
        change.Record(
            "TurnedIntoMatter",
            state with { Status = ConsultationStatus.TurnedIntoMatter, MatterReceiptNumber = matter.ReceiptNumber, LastCommandFingerprint = context.Fingerprint },
            $"转为办件 {matter.ReceiptNumber}（{matter.ItemName}）");
        return change;
    }

    private static Inquirer? CheckInquirer(Inquirer? inquirer)
    {
        if (inquirer is null)
        {
            return null;
        }

        var name = string.IsNullOrWhiteSpace(inquirer.Name) ? null : Require.Text(inquirer.Name, "inquirer.name", 50);
        var phone = string.IsNullOrWhiteSpace(inquirer.Phone) ? null : inquirer.Phone.Trim();
        if (phone is not null && (phone.Length is < 7 or > 20 || !phone.All(c => char.IsAsciiDigit(c) || c == '-')))
        {
            throw DomainException.Invalid("inquirer.phone", "phone.invalid", "A phone number has 7 to 20 digits (a landline may have a dash).");
        }

        return name is null && phone is null ? null : new Inquirer(name, phone);
    }
}
