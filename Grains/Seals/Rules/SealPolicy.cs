using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Seals;
using Network.Grains.Oversight;

namespace Network.Grains.Seals.Rules;

/// <summary>
/// Who may do what to a seal (印章使用审批、登记、备案), the one place this is decided: a director of
/// the point or of a point above it issues, transfers and retires it; any member of the point's
/// staff asks to use it; a director of the point, not the one who asked, approves the use; only the
/// custodian records the use, and only of an approved request, once. First who (403), then when (409).
/// </summary>
public static class SealPolicy
{
    public static DomainException? Check(SealState state, Actor actor, SealAction action, OversightContext context) => action switch
    {
        SealAction.Read => CanRead(state, actor) ? null : OversightPolicy.Jurisdiction("key", $"Seal {state.Number} is outside the reach of {actor}."),
        SealAction.RequestUse => Staff(state.PointCode, actor, context) ?? InUse(state, "use"),
        SealAction.ApproveUse => DirectsPoint(state.PointCode, actor, context) ?? InUse(state, "approve a use of"),
        SealAction.RecordUse => (actor.Id == state.CustodianId && actor.PointCode == state.PointCode
                ? null
                : DomainException.Forbidden("actor", "seal.notCustodian", $"Only the custodian of seal {state.SerialNumber} ({state.CustodianName}) records its uses."))
            ?? InUse(state, "use"),
        SealAction.Issue => Directs(state.PointCode, actor, context),
        SealAction.Transfer or SealAction.Retire => Directs(state.PointCode, actor, context) ?? InUse(state, action == SealAction.Transfer ? "transfer" : "retire"),
        _ => OversightPolicy.Role(actor, action.ToString()),
    };

    public static void Ensure(SealState state, Actor actor, SealAction action, OversightContext context)
    {
        if (Check(state, actor, action, context) is { } refusal)
        {
            throw refusal;
        }
    }

    public static IReadOnlyList<SealAction> Allowed(SealState state, Actor actor, OversightContext context) =>
        state.IsClosed || !CanRead(state, actor)
            ? []
            : new[] { SealAction.RequestUse, SealAction.ApproveUse, SealAction.RecordUse, SealAction.Transfer, SealAction.Retire }
                .Where(a => Check(state, actor, a, context) is null).ToArray();

    public static bool CanRead(SealState state, Actor actor) =>
        actor.Role is not (ActorRole.System or ActorRole.Citizen) && (actor.Reaches(state.PointCode) || (actor.Role == ActorRole.Administrator && DivisionCode.IsWithin(state.PointCode, actor.CityCode)));

    /// <summary>A director named at the actor's point, which is <paramref name="pointCode"/> or above it.</summary>
    public static DomainException? Directs(string pointCode, Actor actor, OversightContext context)
    {
        if (actor.Role != ActorRole.CenterDirector)
        {
            return OversightPolicy.Role(actor, "issue, transfer or retire seals");
        }

        if (context.Point(actor.PointCode)?.IsDirector(actor.Id) != true)
        {
            return OversightPolicy.Jurisdiction("actor", $"{actor.Id} is not a director of {actor.PointCode}.");
        }

        return DivisionCode.IsWithin(pointCode, actor.PointCode)
            ? null
            : OversightPolicy.Jurisdiction("pointCode", $"{pointCode} is outside the jurisdiction of {actor}.");
    }

    /// <summary>A director named at the seal's own point.</summary>
    public static DomainException? DirectsPoint(string pointCode, Actor actor, OversightContext context) =>
        actor.PointCode == pointCode
            ? Directs(pointCode, actor, context)
            : actor.Role != ActorRole.CenterDirector
                ? OversightPolicy.Role(actor, "approve a seal's use")
                : OversightPolicy.Jurisdiction("pointCode", $"Uses of the seals of {pointCode} are approved by its own director, not by {actor}.");

    /// <summary>A member of the point's staff (window clerk, director, supervisor, proxy agent), as its profile names them.</summary>
    public static DomainException? Staff(string pointCode, Actor actor, OversightContext context) =>
        actor.PointCode == pointCode && context.Point(pointCode) is { } profile && OversightPolicy.IsStaff(profile, actor.Id)
            ? null
            : actor.Role is ActorRole.CityMonitor or ActorRole.Administrator or ActorRole.Citizen or ActorRole.System
                ? OversightPolicy.Role(actor, "ask to use a seal")
                : OversightPolicy.Jurisdiction("pointCode", $"{actor.Id} is not on the staff of {pointCode}.");

    private static DomainException? InUse(SealState state, string verb) =>
        state.Status == SealStatus.InUse ? null : OversightPolicy.IllegalTransition("seal", state.Number, state.StatusName, verb);
}
