using Microsoft.Extensions.DependencyInjection;
using Network.Grains.Calendar;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Seals;
using Network.Grains.Oversight;
using Network.Grains.Seals.Rules;

namespace Network.Grains.Seals;

/// <summary>One numbered seal: the spine only (load, pure rules, commit, then answer).</summary>
public sealed class SealGrain(
    SealRepository repository,
    WorkingDayCalendarProvider calendar,
    [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider time) : Grain, ISealGrain
{
    private OversightSpine<SealState>? _spine;

    private string Key => this.GetPrimaryKeyString();

    private OversightSpine<SealState> Spine => _spine ??= new(repository, Key, "seal");

    public async Task<SealView> Issue(IssueSealCommand command)
    {
        if (command is null)
        {
            throw DomainException.Invalid("command", "command.required", "A request body is required.");
        }

        Gate(command.Actor);
        var fingerprint = OversightSpine<SealState>.Fingerprint(command);
        var (point, _) = SealKey.Parse(Key);
        var context = await ContextAsync([point, command.Actor.PointCode], fingerprint);
        if (await Spine.CurrentAsync() is { } existing)
        {
            return existing.IntakeFingerprint == fingerprint
                ? ViewFor(existing, command.Actor, context)
                : throw DomainException.Conflict("seal.numberInUse", $"{point} has a seal numbered {existing.SerialNumber} already.", "serialNumber");
        }

        await CommitAsync(SealRules.Issue(Key, command, context));
        return ViewFor(Spine.State!, command.Actor, context);
    }

    public Task<SealView> RequestUse(RequestSealUseCommand command) => RunAsync(command, command?.Actor, SealRules.RequestUse);

    public Task<SealView> ApproveUse(ApproveSealUseCommand command) => RunAsync(command, command?.Actor, SealRules.ApproveUse);

    public Task<SealView> RecordUse(RecordSealUseCommand command) => RunAsync(command, command?.Actor, SealRules.RecordUse);

    public Task<SealView> Transfer(TransferSealCommand command) => RunAsync(command, command?.Actor, SealRules.Transfer);

    public Task<SealView> Retire(RetireSealCommand command) => RunAsync(command, command?.Actor, SealRules.Retire);

    public async Task<SealView?> Get(Actor actor)
    {
        Gate(actor);
        if (await Spine.CurrentAsync() is not { } state)
        {
            return null;
        }

        var context = await ContextAsync([state.PointCode, actor.PointCode], null);
        SealPolicy.Ensure(state, actor, SealAction.Read, context);
        return ViewFor(state, actor, context);
    }

    public async Task<IReadOnlyList<CaseHistoryRow>> GetHistory(Actor actor)
    {
        Gate(actor);
        if (await Spine.CurrentAsync() is not { } state)
        {
            return [];
        }

        SealPolicy.Ensure(state, actor, SealAction.Read, Context(new Dictionary<string, ServicePointProfile>()));
        return await Spine.HistoryAsync();
    }

    private async Task<SealView> RunAsync<T>(T? command, Actor? actor, Func<SealState, T, OversightContext, OversightChange<SealState>> rule)
        where T : class
    {
        if (command is null)
        {
            throw DomainException.Invalid("command", "command.required", "A request body is required.");
        }

        Gate(actor);
        var state = await Spine.ExistingAsync();
        var fingerprint = OversightSpine<SealState>.Fingerprint(command);
        var context = await ContextAsync([state.PointCode, actor!.PointCode], fingerprint);
        if (state.LastCommandFingerprint == fingerprint)
        {
            SealPolicy.Ensure(state, actor, SealAction.Read, context);
            return ViewFor(state, actor, context);
        }

        await CommitAsync(rule(state, command, context));
        return ViewFor(Spine.State!, actor, context);
    }

    private async Task CommitAsync(OversightChange<SealState> change)
    {
        await Spine.CommitAsync(change, null);
        SealAnnouncer.Announce(ServiceProvider, change);
    }

    internal static SealView ViewFor(SealState state, Actor actor, OversightContext context) =>
        state.ToView() with
        {
            AllowedActions = SealPolicy.Allowed(state, actor, context),
            ApprovableUses = SealPolicy.Check(state, actor, SealAction.ApproveUse, context) is null
                ? state.Uses.Where(u => !u.Approved && u.RequestedBy != actor.Id).Select(u => u.Id).ToArray()
                : [],
            RecordableUses = SealPolicy.Check(state, actor, SealAction.RecordUse, context) is null
                ? state.Uses.Where(u => u.Approved && !u.Used).Select(u => u.Id).ToArray()
                : [],
        };

    private async Task<OversightContext> ContextAsync(IEnumerable<string?> points, string? fingerprint) =>
        Context(await OversightProfiles.ReadAsync(GrainFactory, points)) with { Fingerprint = fingerprint };

    private OversightContext Context(IReadOnlyDictionary<string, ServicePointProfile> profiles) =>
        new(ChinaTime.Now(time), calendar.Current, profiles);

    private static void Gate(Actor? actor) => Matters.Rules.MatterPolicy.EnsureNotSystem(actor);
}
