using Network.Grains.Calendar;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.ProxyErrands;
using Network.Grains.Oversight;

namespace Network.Grains.ProxyErrands.Rules;

/// <summary>
/// Proxy handling (帮办代办) in seven steps, in order: 委托 and 受理 when the entry is opened for a
/// matter an agent applied for with a power of attorney; then 办理, 送达 (only once the matter is
/// closed), 归档, 上报 and 回访, the call-back, due within the configured working days of delivery,
/// flagged yellow the working day before and red after (<see cref="OversightDeadlines"/>). The staff
/// of the matter's point record the steps; those whose reach covers it read them.
/// </summary>
public static class ProxyErrandRules
{
    public const int MaxNote = 500;

    public static OversightChange<ProxyErrandState> Open(string receiptNumber, OpenProxyErrandCommand command, ErrandMatter? matter, OversightContext context)
    {
        var actor = command.Actor;
        if (matter is null)
        {
            throw DomainException.NotFound("receiptNumber", "matter.unknown", $"There is no matter {receiptNumber}.");
        }

        if (MayRecord(actor, matter.PointCode, context) is { } refusal)
        {
            throw refusal;
        }

        if (matter.AuthorisationReference is not { } reference)
        {
            throw DomainException.Conflict("errand.noAuthorisation", $"Matter {receiptNumber} was applied for by the applicant themself: no power of attorney (委托书), no proxy errand.", "receiptNumber");
        }

        var at = context.Now;
        var state = new ProxyErrandState
        {
            Number = receiptNumber,
            PointCode = matter.PointCode,
            AuthorisationReference = reference,
            Steps = [new ProxyErrandStepRecord(ProxyErrandStep.Entrusted, at, actor.Id, reference)],
            OpenedAt = at,
            IntakeFingerprint = context.Fingerprint ?? string.Empty,
        };
        var change = new OversightChange<ProxyErrandState>(null, at, actor.Id);
        var entrusted = change.Record("Entrusted", state, $"委托：委托书 {reference}");
        change.Record("Accepted", entrusted with { Steps = [.. entrusted.Steps, new ProxyErrandStepRecord(ProxyErrandStep.Accepted, at, actor.Id, null)] }, $"受理：办件 {receiptNumber}");
        return change;
    }

    public static OversightChange<ProxyErrandState> RecordStep(ProxyErrandState state, RecordErrandStepCommand command, ErrandMatter matter, OversightContext context, int callBackWorkingDays)
    {
        var actor = command.Actor;
        if (MayRecord(actor, state.PointCode, context) is { } refusal)
        {
            throw refusal;
        }

        if (state.NextStep is not { } next || command.Step != next)
        {
            throw DomainException.Conflict("errand.stepOutOfOrder", $"The steps of 帮办代办 go in order; {state.Number} is at {state.LastStep}, so the next is {state.NextStep?.ToString() ?? "none"}, not {command.Step}.", "step");
        }

        if (next == ProxyErrandStep.Delivered && !matter.IsClosed)
        {
            throw DomainException.Conflict("errand.matterOpen", $"Matter {state.Number} is still open: its result cannot be delivered yet.", "step");
        }

        var note = string.IsNullOrWhiteSpace(command.Note) ? null : Require.Text(command.Note, "note", MaxNote);
        var after = state with
        {
            Steps = [.. state.Steps, new ProxyErrandStepRecord(next, context.Now, actor.Id, note)],
            LastCommandFingerprint = context.Fingerprint,
        };
        string detail;
        if (next == ProxyErrandStep.Delivered)
        {
            var due = context.Calendar.AddWorkingDays(context.Today, callBackWorkingDays).Date;
            after = after with { DeliveredOn = context.Today, CallBackDue = due };
            detail = $"送达；{due:yyyy-MM-dd} 前回访";
        }
        else if (next == ProxyErrandStep.CalledBack)
        {
            detail = $"回访{(context.Today > state.CallBackDue ? $"（超期，期限 {state.CallBackDue:yyyy-MM-dd}）" : string.Empty)}";
        }
        else
        {
            detail = StepName(next);
        }

        var change = new OversightChange<ProxyErrandState>(state, context.Now, actor.Id);
        change.Record(next.ToString(), after, note is null ? detail : $"{detail}：{note}");
        return change;
    }

    /// <summary>Electronic supervision of the call-back: yellow the working day before its deadline, red once passed. Empty when nothing is due.</summary>
    public static OversightChange<ProxyErrandState> CheckDeadlines(ProxyErrandState state, OversightContext context)
    {
        var change = new OversightChange<ProxyErrandState>(state, context.Now, Actor.Supervision.Id);
        if (!state.IsClosed && state.CallBackDue is { } due && state.DeliveredOn is { } delivered)
        {
            var level = OversightDeadlines.LevelFor(due, context.Today, delivered, context.Calendar);
            if (level > state.CallBackFlag)
            {
                change.Record(level == FlagLevel.Red ? "CallBackFlaggedRed" : "CallBackFlaggedYellow", state with { CallBackFlag = level }, OversightDeadlines.Describe(level, "代办回访", due));
            }
        }

        return change;
    }

    public static DateOnly? NextCheck(ProxyErrandState state, WorkingDayCalendar calendar) =>
        !state.IsClosed && state.CallBackDue is { } due && state.DeliveredOn is { } delivered
            ? OversightDeadlines.NextCheck(due, state.CallBackFlag, delivered, calendar)
            : null;

    /// <summary>Staff of the matter's point (a window's clerk, a proxy agent, a director) record its errand's steps.</summary>
    public static DomainException? MayRecord(Actor actor, string pointCode, OversightContext context)
    {
        if (actor.Role is not (ActorRole.WindowClerk or ActorRole.ProxyAgent or ActorRole.CenterDirector))
        {
            return OversightPolicy.Role(actor, "record a proxy errand's steps");
        }

        var profile = context.Point(pointCode);
        return actor.PointCode == pointCode && profile is not null && OversightPolicy.IsStaff(profile, actor.Id)
            ? null
            : OversightPolicy.Jurisdiction("receiptNumber", $"{actor.Id} records the errands of their own point only, not of {pointCode}.");
    }

    public static bool CanRead(ProxyErrandState state, Actor actor) =>
        actor.Role is ActorRole.WindowClerk or ActorRole.ProxyAgent or ActorRole.CenterDirector or ActorRole.Supervisor or ActorRole.CityMonitor
        && actor.Reaches(state.PointCode);

    public static string StepName(ProxyErrandStep step) => step switch
    {
        ProxyErrandStep.Entrusted => "委托",
        ProxyErrandStep.Accepted => "受理",
        ProxyErrandStep.Handled => "办理",
        ProxyErrandStep.Delivered => "送达",
        ProxyErrandStep.Filed => "归档",
        ProxyErrandStep.Reported => "上报",
        _ => "回访",
    };
}
