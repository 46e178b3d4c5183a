using Network.Grains.Calendar;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Citizens;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Petitions;
using Network.Grains.Oversight;

namespace Network.Grains.Petitions.Rules;

/// <summary>
/// Petitions (信访) after the 信访工作条例 (2022): registered, a decision to accept (or not, with
/// the reason and where to turn) within 15 days, handling and a written reply within 60 days of
/// acceptance, extendable once by up to 30 days with a reason; yellow and red flags as for matters
/// (<see cref="OversightDeadlines"/>), on the days of <see cref="PetitionDays"/>.
/// </summary>
public static class PetitionRules
{
    public const int MaxRequest = 4000;
    public const int MaxText = 2000;

    public static OversightChange<PetitionState> Register(string number, RegisterPetitionCommand command, OversightContext context)
    {
        var actor = command.Actor;
        var point = DivisionCode.Parse(command.PointCode, "pointCode").Value;
        if (CaseNumber.PointOf(CaseNumber.Petition, number).Value != point)
        {
            throw DomainException.Invalid("pointCode", "petition.otherPoint", $"Petition number {number} was issued for another point than {point}.");
        }

        var profile = context.Point(point) ?? throw DomainException.NotFound("pointCode", "point.undefined", $"Service point {point} is not defined.");
        if (PetitionPolicy.MayRegister(actor, point, context) is { } refusal)
        {
            throw refusal;
        }

        if (!Enum.IsDefined(command.Channel))
        {
            throw DomainException.Invalid("channel", "petition.channel", "channel is Letter, Email, Fax, Phone, Visit or Online.");
        }

        var petitioner = Applicants.Check(command.Petitioner, "petitioner");
        var request = Require.Text(command.Request, "request", MaxRequest);
        var today = context.Today;
        var decideBy = PetitionDays.Due(today, PetitionDays.Decision, context.Calendar);
        var state = new PetitionState
        {
            Number = number,
            PointCode = point,
            PointName = profile.Name,
            Channel = command.Channel,
            Petitioner = petitioner,
            Request = request,
            Status = PetitionStatus.Registered,
            RegisteredAt = context.Now,
            RegisteredBy = actor.Id,
            RegisteredOn = today,
            DecideBy = decideBy,
            IntakeFingerprint = context.Fingerprint ?? string.Empty,
        };
        var change = new OversightChange<PetitionState>(null, context.Now, actor.Id);
        change.Record("Registered", state, $"信访登记，{decideBy:yyyy-MM-dd} 前决定是否受理");
        return change;
    }

    public static OversightChange<PetitionState> Accept(PetitionState state, AcceptPetitionCommand command, OversightContext context)
    {
        PetitionPolicy.Ensure(state, command.Actor, PetitionAction.Accept, context);
        var note = string.IsNullOrWhiteSpace(command.Note) ? null : Require.Text(command.Note, "note", MaxText);
        var today = context.Today;
        var replyBy = PetitionDays.Due(today, PetitionDays.Handling, context.Calendar);
        return Step(state, command.Actor, context, "Accepted", state with { Status = PetitionStatus.Accepted, AcceptedOn = today, ReplyBy = replyBy },
            $"予以受理，{replyBy:yyyy-MM-dd} 前办结并书面答复{(note is null ? string.Empty : "：" + note)}");
    }

    public static OversightChange<PetitionState> Decline(PetitionState state, DeclinePetitionCommand command, OversightContext context)
    {
        PetitionPolicy.Ensure(state, command.Actor, PetitionAction.Decline, context);
        var reason = Require.Text(command.Reason, "reason", MaxText);
        var referral = Require.Text(command.Referral, "referral", MaxText);
        return Step(state, command.Actor, context, "Declined", state with { Status = PetitionStatus.NotAccepted, DeclineReason = reason, Referral = referral },
            $"不予受理：{reason}；告知途径：{referral}");
    }

    public static OversightChange<PetitionState> Extend(PetitionState state, ExtendPetitionCommand command, OversightContext context)
    {
        PetitionPolicy.Ensure(state, command.Actor, PetitionAction.Extend, context);
        if (command.Days is < 1 or > PetitionDays.MaxExtension)
        {
            throw DomainException.Invalid("days", "petition.extension", $"The handling limit may be extended by 1 to {PetitionDays.MaxExtension} days.");
        }

        var reason = Require.Text(command.Reason, "reason", MaxText);
        // The extension runs from the end of the 60 days themselves, not from a day-off roll-over.
        var replyBy = PetitionDays.Due(state.AcceptedOn!.Value, PetitionDays.Handling + command.Days, context.Calendar);
        var flag = OversightDeadlines.LevelFor(replyBy, context.Today, state.AcceptedOn.Value, context.Calendar);
        return Step(state, command.Actor, context, "Extended", state with { ReplyBy = replyBy, ExtendedDays = command.Days, ExtensionReason = reason, HandlingFlag = flag },
            $"延期 {command.Days} 日至 {replyBy:yyyy-MM-dd}：{reason}");
    }

    public static OversightChange<PetitionState> Reply(PetitionState state, ReplyPetitionCommand command, OversightContext context)
    {
        PetitionPolicy.Ensure(state, command.Actor, PetitionAction.Reply, context);
        var reply = Require.Text(command.Reply, "reply", MaxRequest);
        var late = context.Today > state.ReplyBy ? $"（超期，期限 {state.ReplyBy:yyyy-MM-dd}）" : string.Empty;
        return Step(state, command.Actor, context, "Replied", state with { Status = PetitionStatus.Replied, Reply = reply }, $"出具书面答复意见{late}");
    }

    /// <summary>Electronic supervision: the decision's and the handling's yellow and red flags due by today. Empty when nothing is due.</summary>
    public static OversightChange<PetitionState> CheckDeadlines(PetitionState state, OversightContext context)
    {
        var change = new OversightChange<PetitionState>(state, context.Now, Actor.Supervision.Id);
        if (state.Status == PetitionStatus.Registered)
        {
            var level = OversightDeadlines.LevelFor(state.DecideBy, context.Today, state.RegisteredOn, context.Calendar);
            if (level > state.DecisionFlag)
            {
                change.Record(level == FlagLevel.Red ? "DecisionFlaggedRed" : "DecisionFlaggedYellow", state with { DecisionFlag = level }, OversightDeadlines.Describe(level, "信访受理决定", state.DecideBy));
            }
        }
        else if (state.Status == PetitionStatus.Accepted && state.ReplyBy is { } replyBy)
        {
            var level = OversightDeadlines.LevelFor(replyBy, context.Today, state.AcceptedOn!.Value, context.Calendar);
            if (level > state.HandlingFlag)
            {
                change.Record(level == FlagLevel.Red ? "HandlingFlaggedRed" : "HandlingFlaggedYellow", state with { HandlingFlag = level }, OversightDeadlines.Describe(level, "信访办理答复", replyBy));
            }
        }

        return change;
    }

    /// <summary>The next day a flag may fall due; null once closed or red.</summary>
    public static DateOnly? NextCheck(PetitionState state, WorkingDayCalendar calendar) => state.Status switch
    {
        PetitionStatus.Registered => OversightDeadlines.NextCheck(state.DecideBy, state.DecisionFlag, state.RegisteredOn, calendar),
        PetitionStatus.Accepted when state.ReplyBy is { } replyBy => OversightDeadlines.NextCheck(replyBy, state.HandlingFlag, state.AcceptedOn!.Value, calendar),
        _ => null,
    };

    private static OversightChange<PetitionState> Step(PetitionState state, Actor actor, OversightContext context, string action, PetitionState next, string detail)
    {
        var change = new OversightChange<PetitionState>(state, context.Now, actor.Id);
        change.Record(action, next with { LastCommandFingerprint = context.Fingerprint }, detail);
        return change;
    }
}
