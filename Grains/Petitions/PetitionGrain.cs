using Microsoft.Extensions.DependencyInjection;
using Network.Grains.Calendar;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Petitions;
using Network.Grains.Oversight;
using Network.Grains.Petitions.Rules;
using Orleans.Placement;

namespace Network.Grains.Petitions;

/// <summary>
/// One petition (信访事项): the spine only. Load it and what the rules need (the profiles of its
/// point and the actor's), ask the pure rules (<see cref="PetitionPolicy"/>, <see cref="PetitionRules"/>),
/// commit, and only then make the new state its own and make sure the point's deadline sweep runs.
/// </summary>
[RandomPlacement]
public sealed class PetitionGrain(
    PetitionRepository repository,
    WorkingDayCalendarProvider calendar,
    [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider time) : Grain, IPetitionGrain, IPetitionUpkeepGrain
{
    private OversightSpine<PetitionState>? _spine;

    private string Number => this.GetPrimaryKeyString();

    private OversightSpine<PetitionState> Spine => _spine ??= new(repository, Number, "petition");

    public async Task<PetitionView> Register(RegisterPetitionCommand command)
    {
        if (command is null)
        {
            throw DomainException.Invalid("command", "command.required", "A request body is required.");
        }

        Matters.Rules.MatterPolicy.EnsureNotSystem(command.Actor);
        var fingerprint = OversightSpine<PetitionState>.Fingerprint(command);
        if (await Spine.CurrentAsync() is { } existing)
        {
            return existing.IntakeFingerprint == fingerprint
                ? ViewFor(existing, command.Actor, await ContextAsync(command.Actor, existing.PointCode, null))
                : throw DomainException.Conflict("petition.numberInUse", $"Petition number {Number} already belongs to another petition.", "number");
        }

        await calendar.RefreshIfStaleAsync(GrainFactory, time);
        var context = await ContextAsync(command.Actor, command.PointCode, fingerprint);
        await CommitAsync(PetitionRules.Register(Number, command, context), context);
        return ViewFor(Spine.State!, command.Actor, context);
    }

    public Task<PetitionView> Accept(AcceptPetitionCommand command) => RunAsync(command, command?.Actor, PetitionRules.Accept);

    public Task<PetitionView> Decline(DeclinePetitionCommand command) => RunAsync(command, command?.Actor, PetitionRules.Decline);

    public Task<PetitionView> Extend(ExtendPetitionCommand command) => RunAsync(command, command?.Actor, PetitionRules.Extend);

    public Task<PetitionView> Reply(ReplyPetitionCommand command) => RunAsync(command, command?.Actor, PetitionRules.Reply);

    public async Task<PetitionView?> Get(Actor actor)
    {
        Matters.Rules.MatterPolicy.EnsureNotSystem(actor);
        if (await Spine.CurrentAsync() is not { } state)
        {
            return null;
        }

        var context = await ContextAsync(actor, state.PointCode, null);
        PetitionPolicy.Ensure(state, actor, PetitionAction.Read, context);
        return ViewFor(state, actor, context);
    }

    public async Task<IReadOnlyList<CaseHistoryRow>> GetHistory(Actor actor)
    {
        Matters.Rules.MatterPolicy.EnsureNotSystem(actor);
        if (await Spine.CurrentAsync() is not { } state)
        {
            return [];
        }

        PetitionPolicy.Ensure(state, actor, PetitionAction.Read, await ContextAsync(actor, state.PointCode, null));
        return await Spine.HistoryAsync();
    }

    async Task<bool> IPetitionUpkeepGrain.CheckDeadlines()
    {
        if (await Spine.CurrentAsync() is not { } state)
        {
            return false;
        }

        if (!state.IsClosed)
        {
            await calendar.RefreshIfStaleAsync(GrainFactory, time);
            var context = new OversightContext(ChinaTime.Now(time), calendar.Current, new Dictionary<string, ServicePointProfile>());
            var change = PetitionRules.CheckDeadlines(state, context);
            if (!change.IsEmpty)
            {
                await CommitAsync(change, context);
            }
        }

        return true;
    }

    private async Task<PetitionView> RunAsync<T>(T? command, Actor? actor, Func<PetitionState, T, OversightContext, OversightChange<PetitionState>> rule)
        where T : class
    {
        if (command is null)
        {
            throw DomainException.Invalid("command", "command.required", "A request body is required.");
        }

        Matters.Rules.MatterPolicy.EnsureNotSystem(actor);
        var state = await Spine.ExistingAsync();
        var fingerprint = OversightSpine<PetitionState>.Fingerprint(command);
        await calendar.RefreshIfStaleAsync(GrainFactory, time);
        var context = await ContextAsync(actor!, state.PointCode, fingerprint);
        if (state.LastCommandFingerprint == fingerprint)
        {
            PetitionPolicy.Ensure(state, actor!, PetitionAction.Read, context);
            return ViewFor(state, actor!, context);
        }

        await CommitAsync(rule(state, command, context), context);
        return ViewFor(Spine.State!, actor!, context);
    }

    private async Task CommitAsync(OversightChange<PetitionState> change, OversightContext context)
    {
        var next = PetitionRules.NextCheck(change.After, context.Calendar);
        await Spine.CommitAsync(change, next);
        PetitionAnnouncer.Announce(ServiceProvider, change);
        if (next is not null)
        {
            GrainFactory.GetGrain<IOversightSweepGrain>(change.After.PointCode).Ensure().Ignore();
        }
    }

    private static PetitionView ViewFor(PetitionState state, Actor actor, OversightContext context) =>
        state.ToView(PetitionPolicy.ShowsPetitioner(state, actor, context)) with { AllowedActions = PetitionPolicy.Allowed(state, actor, context) };

    private async Task<OversightContext> ContextAsync(Actor actor, string? pointCode, string? fingerprint)
    {
        var profiles = await OversightProfiles.ReadAsync(GrainFactory, [pointCode, actor.PointCode]);
        return new OversightContext(ChinaTime.Now(time), calendar.Current, profiles) { Fingerprint = fingerprint };
    }
}
