using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Network.Grains.Calendar;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.ProxyErrands;
using Network.Grains.Matters;
using Network.Grains.Oversight;
using Network.Grains.ProxyErrands.Rules;
using Orleans.Placement;

namespace Network.Grains.ProxyErrands;

/// <summary>
/// A matter's proxy register entry (代办登记): the spine only. Load it, the matter's facts from the
/// case store (no grain call, so no cycle) and the point's profile, ask the pure rules
/// (<see cref="ProxyErrandRules"/>), commit, then make sure the point's sweep watches the call-back.
/// </summary>
[RandomPlacement]
public sealed class ProxyErrandGrain(
    ProxyErrandRepository repository,
    IMatterRepository matters,
    IOptions<ProxyErrandOptions> options,
    WorkingDayCalendarProvider calendar,
    [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider time) : Grain, IProxyErrandGrain, IProxyErrandUpkeepGrain
{
    private OversightSpine<ProxyErrandState>? _spine;

    private string Number => this.GetPrimaryKeyString();

    private OversightSpine<ProxyErrandState> Spine => _spine ??= new(repository, Number, "errand");

    public async Task<ProxyErrandView> Open(OpenProxyErrandCommand command)
    {
        if (command is null)
        {
            throw DomainException.Invalid("command", "command.required", "A request body is required.");
        }

        Matters.Rules.MatterPolicy.EnsureNotSystem(command.Actor);
        var matterPoint = Interfaces.Matters.ReceiptNumber.PointOf(Number);
        var fingerprint = OversightSpine<ProxyErrandState>.Fingerprint(command);
        var context = await ContextAsync(command.Actor, matterPoint.Value, fingerprint);
        if (await Spine.CurrentAsync() is { } existing)
        {
            // Opened already (by this request or another): answer with it as it stands, to whoever may record it.
            if (ProxyErrandRules.MayRecord(command.Actor, existing.PointCode, context) is { } refusal)
            {
                throw refusal;
            }

            return ViewFor(existing, command.Actor, context);
        }

        await CommitAsync(ProxyErrandRules.Open(Number, command, await MatterAsync(), context), context);
        return ViewFor(Spine.State!, command.Actor, context);
    }

    public async Task<ProxyErrandView> RecordStep(RecordErrandStepCommand command)
    {
        if (command is null)
        {
            throw DomainException.Invalid("command", "command.required", "A request body is required.");
        }

        Matters.Rules.MatterPolicy.EnsureNotSystem(command.Actor);
        if (!Enum.IsDefined(command.Step))
        {
            throw DomainException.Invalid("step", "errand.step", "step is one of Entrusted, Accepted, Handled, Delivered, Filed, Reported, CalledBack.");
        }

        var state = await Spine.ExistingAsync();
        var fingerprint = OversightSpine<ProxyErrandState>.Fingerprint(command);
        await calendar.RefreshIfStaleAsync(GrainFactory, time);
        var context = await ContextAsync(command.Actor, state.PointCode, fingerprint);
        if (state.LastCommandFingerprint == fingerprint)
        {
            return ViewFor(state, command.Actor, context);
        }

        var matter = await MatterAsync() ?? throw DomainException.NotFound("receiptNumber", "matter.unknown", $"There is no matter {Number}.");
        await CommitAsync(ProxyErrandRules.RecordStep(state, command, matter, context, options.Value.CallBackWorkingDays), context);
        return ViewFor(Spine.State!, command.Actor, context);
    }

    public async Task<ProxyErrandView?> Get(Actor actor)
    {
        Matters.Rules.MatterPolicy.EnsureNotSystem(actor);
        if (await Spine.CurrentAsync() is not { } state)
        {
            return null;
        }

        EnsureReads(state, actor);
        return ViewFor(state, actor, await ContextAsync(actor, state.PointCode, null));
    }

    public async Task<IReadOnlyList<CaseHistoryRow>> GetHistory(Actor actor)
    {
        Matters.Rules.MatterPolicy.EnsureNotSystem(actor);
        if (await Spine.CurrentAsync() is not { } state)
        {
            return [];
        }

        EnsureReads(state, actor);
        return await Spine.HistoryAsync();
    }

    async Task<bool> IProxyErrandUpkeepGrain.CheckDeadlines()
    {
        if (await Spine.CurrentAsync() is not { } state)
        {
            return false;
        }

        if (!state.IsClosed)
        {
            await calendar.RefreshIfStaleAsync(GrainFactory, time);
            var context = new OversightContext(ChinaTime.Now(time), calendar.Current, new Dictionary<string, ServicePointProfile>());
            var change = ProxyErrandRules.CheckDeadlines(state, context);
            if (!change.IsEmpty)
            {
                await CommitAsync(change, context);
            }
        }

        return true;
    }

    private static void EnsureReads(ProxyErrandState state, Actor actor)
    {
        if (!ProxyErrandRules.CanRead(state, actor))
        {
            throw OversightPolicy.Jurisdiction("receiptNumber", $"The errand of {state.Number} is outside the reach of {actor}.");
        }
    }

    private async Task<ErrandMatter?> MatterAsync() =>
        await matters.LoadAsync(Number) is { } m ? new ErrandMatter(m.ReceiptNumber, m.PointCode, m.IsClosed, m.Citizen.Agent?.AuthorisationReference) : null;

    private async Task CommitAsync(OversightChange<ProxyErrandState> change, OversightContext context)
    {
        var next = ProxyErrandRules.NextCheck(change.After, context.Calendar);
        await Spine.CommitAsync(change, next);
        if (next is not null)
        {
            GrainFactory.GetGrain<IOversightSweepGrain>(change.After.PointCode).Ensure().Ignore();
        }
    }

    private static ProxyErrandView ViewFor(ProxyErrandState state, Actor actor, OversightContext context) =>
        state.ToView(!state.IsClosed && ProxyErrandRules.MayRecord(actor, state.PointCode, context) is null);

    private async Task<OversightContext> ContextAsync(Actor actor, string pointCode, string? fingerprint)
    {
        var profiles = await OversightProfiles.ReadAsync(GrainFactory, [pointCode, actor.PointCode]);
        return new OversightContext(ChinaTime.Now(time), calendar.Current, profiles) { Fingerprint = fingerprint };
    }
}
