using Network.Grains.Interfaces.Accountability;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;
using Network.Grains.Oversight;

namespace Network.Grains.Accountability.Rules;

/// <summary>
/// Who may read and acknowledge an accountability record: the clerk held to account (or, for a
/// record against a window, its A and B clerks) reads and confirms it; directors, supervisors and
/// the city monitor whose reach covers the point read it (assessments).
/// </summary>
public static class AccountabilityPolicy
{
    public static DomainException? Check(AccountabilityState state, Actor actor, AccountabilityAction action, OversightContext context) => action switch
    {
        AccountabilityAction.Read => CanRead(state, actor, context) ? null : OversightPolicy.Jurisdiction("number", $"Accountability record {state.Number} is outside the reach of {actor}."),
        AccountabilityAction.Acknowledge => Concerns(state, actor, context)
            ? state.Status == AccountabilityStatus.Recorded ? null : OversightPolicy.IllegalTransition("accountability", state.Number, state.StatusName, "acknowledge")
            : DomainException.Forbidden("actor", "accountability.notYours", $"Only the clerk held to account confirms reading {state.Number}."),
        _ => OversightPolicy.Role(actor, action.ToString()),
    };

    public static void Ensure(AccountabilityState state, Actor actor, AccountabilityAction action, OversightContext context)
    {
        if (Check(state, actor, action, context) is { } refusal)
        {
            throw refusal;
        }
    }

    public static IReadOnlyList<AccountabilityAction> Allowed(AccountabilityState state, Actor actor, OversightContext context) =>
        Check(state, actor, AccountabilityAction.Acknowledge, context) is null ? [AccountabilityAction.Acknowledge] : [];

    public static bool CanRead(AccountabilityState state, Actor actor, OversightContext context) =>
        Concerns(state, actor, context)
        || (actor.Role is ActorRole.CenterDirector or ActorRole.Supervisor or ActorRole.CityMonitor && actor.Reaches(state.PointCode));

    /// <summary>The clerk held to account, or for a record against a window alone, one of its clerks (checked against the point's profile).</summary>
    public static bool Concerns(AccountabilityState state, Actor actor, OversightContext context)
    {
        if (actor.PointCode != state.PointCode || actor.Role is ActorRole.System or ActorRole.CityMonitor or ActorRole.Administrator)
        {
            return false;
        }

        if (state.ClerkId is { } clerk)
        {
            return actor.Id == clerk;
        }

        return state.WindowId is { } window && context.Point(state.PointCode)?.FindWindow(window)?.IsStaffedBy(actor.Id) == true;
    }
}
