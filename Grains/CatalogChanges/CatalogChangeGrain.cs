using Microsoft.Extensions.DependencyInjection;
using Network.Grains.Catalog;
using Network.Grains.CatalogChanges.Rules;
using Network.Grains.Interfaces;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.CatalogChanges;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Time;
using Network.Grains.Matters.Rules;
using Network.Grains.Oversight;
using Orleans.Placement;

namespace Network.Grains.CatalogChanges;

/// <summary>
/// One proposed catalog change: the spine only. Load the change and what the rules need (the profiles
/// of the actor's point, the proposing point and the city; the city's master items in force), ask the
/// pure rules, commit; an approved change is then adopted by the point's catalog (idempotent, and done
/// again on the next call should the first attempt not have reached the catalog).
/// </summary>
[RandomPlacement]
public sealed class CatalogChangeGrain(
    CatalogChangeRepository repository,
    [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider time) : Grain, ICatalogChangeGrain
{
    private OversightSpine<CatalogChangeState>? _spine;

    private string Number => this.GetPrimaryKeyString();

    private OversightSpine<CatalogChangeState> Spine => _spine ??= new(repository, Number, "catalogChange");

    public async Task<CatalogChangeView> Propose(ProposeCatalogChangeCommand command)
    {
        if (command is null)
        {
            throw DomainException.Invalid("command", "command.required", "A request body is required.");
        }

        MatterPolicy.EnsureNotSystem(command.Actor);
        var fingerprint = OversightSpine<CatalogChangeState>.Fingerprint(command);
        var context = await ContextAsync(command.Actor, CaseNumber.PointOf(CaseNumber.CatalogChange, Number).Value, fingerprint);
        if (await Spine.CurrentAsync() is { } existing)
        {
            return existing.IntakeFingerprint == fingerprint
                ? ViewFor(existing, command.Actor, context)
                : throw DomainException.Conflict("catalogChange.numberInUse", $"Change number {Number} already belongs to another change.", "number");
        }

        await Spine.CommitAsync(CatalogChangeRules.Propose(Number, command, context), null);
        return ViewFor(Spine.State!, command.Actor, context);
    }

    public Task<CatalogChangeView> Approve(ApproveCatalogChangeCommand command) => RunAsync(command, command?.Actor, CatalogChangeRules.Approve);

    public Task<CatalogChangeView> Refuse(RefuseCatalogChangeCommand command) => RunAsync(command, command?.Actor, CatalogChangeRules.Refuse);

    public async Task<CatalogChangeView?> Get(Actor actor)
    {
        MatterPolicy.EnsureNotSystem(actor);
        if (await Spine.CurrentAsync() is not { } state)
        {
            return null;
        }

        var context = await ContextAsync(actor, state.PointCode, null);
        CatalogChangePolicy.Ensure(state, actor, CatalogChangeAction.Read, context);
        await AdoptAsync(state);
        return ViewFor(state, actor, context);
    }

    public async Task<IReadOnlyList<CaseHistoryRow>> GetHistory(Actor actor)
    {
        MatterPolicy.EnsureNotSystem(actor);
        if (await Spine.CurrentAsync() is not { } state)
        {
            return [];
        }

        return CatalogChangePolicy.CanRead(state, actor)
            ? await Spine.HistoryAsync()
            : throw OversightPolicy.Jurisdiction("number", $"Catalog change {state.Number} is outside the reach of {actor}.");
    }

    private async Task<CatalogChangeView> RunAsync<T>(
        T? command, Actor? actor, Func<CatalogChangeState, T, CatalogChangeContext, OversightChange<CatalogChangeState>> rule)
        where T : class
    {
        if (command is null)
        {
            throw DomainException.Invalid("command", "command.required", "A request body is required.");
        }

        MatterPolicy.EnsureNotSystem(actor);
        var state = await Spine.ExistingAsync();
        var fingerprint = OversightSpine<CatalogChangeState>.Fingerprint(command);
        var context = await ContextAsync(actor!, state.PointCode, fingerprint);
        if (state.LastCommandFingerprint != fingerprint)
        {
            await Spine.CommitAsync(rule(state, command, context), null);
        }
        else
        {
            CatalogChangePolicy.Ensure(state, actor!, CatalogChangeAction.Read, context);
        }

        await AdoptAsync(Spine.State!);
        return ViewFor(Spine.State!, actor!, context);
    }

    /// <summary>An approved change becomes the item's next version at the point, from its day (once: the catalog knows the change's number).</summary>
    private async Task AdoptAsync(CatalogChangeState state)
    {
        if (state is { Status: CatalogChangeStatus.Approved, EffectiveFrom: { } from })
        {
            await GrainFactory.Reference<ICatalogUpkeepGrain>(state.PointCode).Adopt(state.Number, state.Item, from);
        }
    }

    private static CatalogChangeView ViewFor(CatalogChangeState state, Actor actor, CatalogChangeContext context) =>
        state.ToView() with { AllowedActions = CatalogChangePolicy.Allowed(state, actor, context) };

    private async Task<CatalogChangeContext> ContextAsync(Actor actor, string pointCode, string? fingerprint)
    {
        var city = ItemCode.CityOf(DivisionCode.Parse(pointCode, "number"));
        var profiles = await OversightProfiles.ReadAsync(GrainFactory, [actor.PointCode, pointCode, city]);
        var master = await GrainFactory.Reference<IMasterCatalogGrain>(city).List();
        return new CatalogChangeContext(ChinaTime.Now(time), profiles, master.ToDictionary(i => i.Code!, StringComparer.Ordinal)) { Fingerprint = fingerprint };
    }
}
