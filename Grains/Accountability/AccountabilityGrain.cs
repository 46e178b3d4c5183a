using Microsoft.Extensions.DependencyInjection;
using Network.Grains.Accountability.Rules;
using Network.Grains.Calendar;
using Network.Grains.Interfaces.Accountability;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Matters.Rules;
using Network.Grains.Oversight;
using Orleans.Placement;

namespace Network.Grains.Accountability;

/// <summary>
/// One accountability record: the spine only. Load it and what the rules need (the profiles of the
/// actor's point and the point concerned, the facts of the linked case), ask the pure rules, commit.
/// </summary>
[RandomPlacement]
public sealed class AccountabilityGrain(
    AccountabilityRepository repository,
    LinkedCaseReader linked,
    WorkingDayCalendarProvider calendar,
    [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider time) : Grain, IAccountabilityGrain
{
    private OversightSpine<AccountabilityState>? _spine;

    private OversightSpine<AccountabilityState> Spine => _spine ??= new(repository, this.GetPrimaryKeyString(), "accountability");

    public async Task<AccountabilityView> Record(RecordAccountabilityCommand command)
    {
        if (command is null)
        {
            throw DomainException.Invalid("command", "command.required", "A request body is required.");
        }

        MatterPolicy.EnsureNotSystem(command.Actor);
        var fingerprint = OversightSpine<AccountabilityState>.Fingerprint(command);
        var context = await ContextAsync(command.Actor, command.PointCode, fingerprint);
        if (await Spine.CurrentAsync() is { } existing)
        {
            return existing.IntakeFingerprint == fingerprint
                ? ViewFor(existing, command.Actor, context)
                : throw DomainException.Conflict("accountability.numberInUse", $"Record number {this.GetPrimaryKeyString()} already belongs to another record.", "number");
        }

        var link = command.Link is null ? null : await linked.ReadAsync(AccountabilityRules.KindOf(command.Link.Kind), command.Link.CaseId);
        var change = AccountabilityRules.Record(this.GetPrimaryKeyString(), command, context with { Linked = link });
        await Spine.CommitAsync(change, null);
        return ViewFor(Spine.State!, command.Actor, context);
    }

    public async Task<AccountabilityView> Acknowledge(AcknowledgeAccountabilityCommand command)
    {
        if (command is null)
        {
            throw DomainException.Invalid("command", "command.required", "A request body is required.");
        }

        MatterPolicy.EnsureNotSystem(command.Actor);
        var state = await Spine.ExistingAsync();
        var context = await ContextAsync(command.Actor, state.PointCode, null);
        if (state.IsClosed && AccountabilityPolicy.Concerns(state, command.Actor, context))
        {
            // Confirmed already (a retry): answer as it stands.
            return ViewFor(state, command.Actor, context);
        }

        await Spine.CommitAsync(AccountabilityRules.Acknowledge(state, command, context), null);
        return ViewFor(Spine.State!, command.Actor, context);
    }

    public async Task<AccountabilityView?> Get(Actor actor)
    {
        MatterPolicy.EnsureNotSystem(actor);
        if (await Spine.CurrentAsync() is not { } state)
        {
            return null;
        }

        var context = await ContextAsync(actor, state.PointCode, null);
        AccountabilityPolicy.Ensure(state, actor, AccountabilityAction.Read, context);
        return ViewFor(state, actor, context);
    }

    public async Task<IReadOnlyList<CaseHistoryRow>> GetHistory(Actor actor)
    {
        MatterPolicy.EnsureNotSystem(actor);
        if (await Spine.CurrentAsync() is not { } state)
        {
            return [];
        }

        AccountabilityPolicy.Ensure(state, actor, AccountabilityAction.Read, await ContextAsync(actor, state.PointCode, null));
        return await Spine.HistoryAsync();
    }

    private static AccountabilityView ViewFor(AccountabilityState state, Actor actor, OversightContext context) =>
        state.ToView() with { AllowedActions = AccountabilityPolicy.Allowed(state, actor, context) };

    private async Task<OversightContext> ContextAsync(Actor actor, string? pointCode, string? fingerprint) =>
        new(ChinaTime.Now(time), calendar.Current, await OversightProfiles.ReadAsync(GrainFactory, [actor.PointCode, pointCode])) { Fingerprint = fingerprint };
}
