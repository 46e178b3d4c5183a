using Microsoft.Extensions.DependencyInjection;
using Network.Grains.Calendar;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Supervision;
using Network.Grains.Live;
using Network.Grains.Matters.Rules;
using Network.Grains.Oversight;
using Network.Grains.Supervision.Rules;
using Orleans.Placement;

namespace Network.Grains.Supervision;

/// <summary>
/// One supervision order: the spine only. Load the order and what the rules need (the actor's
/// point profile; for an issue, the facts of the target case from the case store), ask the pure
/// rules, commit, then announce and make sure the addressed point's sweep runs.
/// </summary>
[RandomPlacement]
public sealed class SupervisionOrderGrain(
    SupervisionOrderRepository repository,
    LinkedCaseReader linked,
    WorkingDayCalendarProvider calendar,
    [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider time) : Grain, ISupervisionOrderGrain, ISupervisionOrderUpkeepGrain
{
    private OversightSpine<SupervisionOrderState>? _spine;

    private string Number => this.GetPrimaryKeyString();

    private OversightSpine<SupervisionOrderState> Spine => _spine ??= new(repository, Number, "supervisionOrder");

    public async Task<SupervisionOrderView> Issue(IssueSupervisionOrderCommand command)
    {
        if (command is null)
        {
            throw DomainException.Invalid("command", "command.required", "A request body is required.");
        }

        MatterPolicy.EnsureNotSystem(command.Actor);
        var fingerprint = OversightSpine<SupervisionOrderState>.Fingerprint(command);
        var context = await ContextAsync(command.Actor, fingerprint);
        if (await Spine.CurrentAsync() is { } existing)
        {
            return existing.IntakeFingerprint == fingerprint
                ? ViewFor(existing, command.Actor, context)
                : throw DomainException.Conflict("supervisionOrder.numberInUse", $"Order number {Number} already belongs to another order.", "number");
        }

        var target = command.Target is null ? null : await linked.ReadAsync(SupervisionOrderRules.KindOf(command.Target.Kind), command.Target.CaseId);
        var change = SupervisionOrderRules.Issue(Number, command, context with { Linked = target });
        await CommitAsync(change, context);
        return ViewFor(Spine.State!, command.Actor, context);
    }

    public Task<SupervisionOrderView> Reply(ReplySupervisionOrderCommand command) => RunAsync(command, command?.Actor, SupervisionOrderRules.Reply);

    public Task<SupervisionOrderView> Accept(AcceptSupervisionOrderCommand command) => RunAsync(command, command?.Actor, SupervisionOrderRules.Accept);

    public Task<SupervisionOrderView> SendBack(SendBackSupervisionOrderCommand command) => RunAsync(command, command?.Actor, SupervisionOrderRules.SendBack);

    public async Task<SupervisionOrderView> CheckDeadlines(Actor actor)
    {
        MatterPolicy.EnsureNotSystem(actor);
        var state = await Spine.ExistingAsync();
        var context = await ContextAsync(actor, null);
        SupervisionOrderPolicy.Ensure(state, actor, SupervisionOrderAction.CheckDeadlines, context);
        await CheckAsync(state);
        return ViewFor(Spine.State!, actor, context);
    }

    public async Task<SupervisionOrderView?> Get(Actor actor)
    {
        MatterPolicy.EnsureNotSystem(actor);
        if (await Spine.CurrentAsync() is not { } state)
        {
            return null;
        }

        var context = await ContextAsync(actor, null);
        SupervisionOrderPolicy.Ensure(state, actor, SupervisionOrderAction.Read, context);
        return ViewFor(state, actor, context);
    }

    public async Task<IReadOnlyList<CaseHistoryRow>> GetHistory(Actor actor)
    {
        MatterPolicy.EnsureNotSystem(actor);
        if (await Spine.CurrentAsync() is not { } state)
        {
            return [];
        }

        if (!SupervisionOrderPolicy.CanRead(state, actor))
        {
            throw OversightPolicy.Jurisdiction("number", $"Supervision order {state.Number} is outside the reach of {actor}.");
        }

        return await Spine.HistoryAsync();
    }

    async Task<bool> ISupervisionOrderUpkeepGrain.CheckDeadlines()
    {
        if (await Spine.CurrentAsync() is not { } state)
        {
            return false;
        }

        await CheckAsync(state);
        return true;
    }

    private async Task CheckAsync(SupervisionOrderState state)
    {
        await calendar.RefreshIfStaleAsync(GrainFactory, time);
        var context = new OversightContext(ChinaTime.Now(time), calendar.Current, new Dictionary<string, ServicePointProfile>());
        var change = SupervisionOrderRules.CheckDeadlines(state, context);
        if (!change.IsEmpty)
        {
            await CommitAsync(change, context);
        }
    }

    private async Task<SupervisionOrderView> RunAsync<T>(
        T? command, Actor? actor, Func<SupervisionOrderState, T, OversightContext, OversightChange<SupervisionOrderState>> rule)
        where T : class
    {
        if (command is null)
        {
            throw DomainException.Invalid("command", "command.required", "A request body is required.");
        }

        MatterPolicy.EnsureNotSystem(actor);
        var state = await Spine.ExistingAsync();
        var fingerprint = OversightSpine<SupervisionOrderState>.Fingerprint(command);
        var context = await ContextAsync(actor!, fingerprint);
        if (state.LastCommandFingerprint == fingerprint)
        {
            SupervisionOrderPolicy.Ensure(state, actor!, SupervisionOrderAction.Read, context);
            return ViewFor(state, actor!, context);
        }

        await CommitAsync(rule(state, command, context), context);
        return ViewFor(Spine.State!, actor!, context);
    }

    private async Task CommitAsync(OversightChange<SupervisionOrderState> change, OversightContext context)
    {
        var next = SupervisionOrderRules.NextCheck(change.After, context.Calendar);
        await Spine.CommitAsync(change, next);
        SupervisionOrderAnnouncer.Announce(ServiceProvider.GetRequiredService<LiveStatusPublisher>(), change);
        if (next is not null)
        {
            GrainFactory.GetGrain<IOversightSweepGrain>(change.After.PointCode).Ensure().Ignore();
        }
    }

    private static SupervisionOrderView ViewFor(SupervisionOrderState state, Actor actor, OversightContext context) =>
        state.ToView() with { AllowedActions = SupervisionOrderPolicy.Allowed(state, actor, context) };

    private async Task<OversightContext> ContextAsync(Actor actor, string? fingerprint) =>
        new(ChinaTime.Now(time), calendar.Current, await OversightProfiles.ReadAsync(GrainFactory, [actor.PointCode])) { Fingerprint = fingerprint };
}
