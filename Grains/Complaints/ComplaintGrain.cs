using Microsoft.Extensions.DependencyInjection;
using Network.Grains.Calendar;
using Network.Grains.Complaints.Rules;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Complaints;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;
using Network.Grains.Live;
using Network.Grains.Matters;
using Network.Grains.Oversight;
using Orleans.Placement;

namespace Network.Grains.Complaints;

/// <summary>
/// One complaint: the spine only. Load the complaint and what the rules need (the profiles of the
/// actor's point, the point it is about and the handling point; the matter it names), ask the pure
/// rules (<see cref="ComplaintPolicy"/>, <see cref="ComplaintRules"/>), commit, and only then make
/// the new state its own, announce it live and make sure the point's sweep runs.
/// </summary>
[RandomPlacement]
public sealed class ComplaintGrain(
    ComplaintRepository repository,
    LinkedCaseReader linked,
    WorkingDayCalendarProvider calendar,
    [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider time) : Grain, IComplaintGrain, IComplaintUpkeepGrain
{
    private OversightSpine<ComplaintState>? _spine;

    private string Number => this.GetPrimaryKeyString();

    private OversightSpine<ComplaintState> Spine => _spine ??= new(repository, Number, "complaint");

    public async Task<ComplaintView> Register(RegisterComplaintCommand command)
    {
        if (command is null)
        {
            throw DomainException.Invalid("command", "command.required", "A request body is required.");
        }

        MatterPolicyGate(command.Actor);
        var fingerprint = OversightSpine<ComplaintState>.Fingerprint(command);
        if (await Spine.CurrentAsync() is { } existing)
        {
            return await ReplayAsync(existing, fingerprint, command.Actor);
        }

        var context = await ContextAsync(command.Actor, [command.PointCode], fingerprint, command.Subject);
        var change = ComplaintRules.Register(Number, command, context);
        await CommitAsync(change, context);
        return ViewFor(Spine.State!, command.Actor, await ContextAsync(command.Actor, [], null));
    }

    public async Task<PublicComplaintReceipt> RegisterFromPublic(PublicComplaintRequest request)
    {
        if (request is null)
        {
            throw DomainException.Invalid("request", "request.required", "A request body is required.");
        }

        var fingerprint = OversightSpine<ComplaintState>.Fingerprint(request);
        if (await Spine.CurrentAsync() is { } existing)
        {
            return existing.IntakeFingerprint == fingerprint
                ? existing.ToPublicReceipt()
                : throw DomainException.Conflict("complaint.numberInUse", $"Complaint number {Number} already belongs to another complaint.", "number");
        }

        var context = await ContextAsync(null, [request.PointCode], fingerprint, request.Subject);
        var change = ComplaintRules.RegisterFromPublic(Number, request, context);
        await CommitAsync(change, context);
        return Spine.State!.ToPublicReceipt();
    }

    public Task<ComplaintView> Acknowledge(AcknowledgeComplaintCommand command) => RunAsync(command, command?.Actor, ComplaintRules.Acknowledge);

    public Task<ComplaintView> Investigate(InvestigateComplaintCommand command) => RunAsync(command, command?.Actor, ComplaintRules.Investigate);

    public Task<ComplaintView> Decide(DecideComplaintCommand command) => RunAsync(command, command?.Actor, ComplaintRules.Decide);

    public Task<ComplaintView> Reply(ReplyComplaintCommand command) => RunAsync(command, command?.Actor, ComplaintRules.Reply);

    public Task<ComplaintView> File(FileComplaintCommand command) => RunAsync(command, command?.Actor, ComplaintRules.File);

    public Task<ComplaintView> Extend(ExtendComplaintCommand command) => RunAsync(command, command?.Actor, ComplaintRules.Extend);

    public async Task<ComplaintView> CheckDeadlines(Actor actor)
    {
        MatterPolicyGate(actor);
        var state = await Spine.ExistingAsync();
        var context = await ContextAsync(actor, [state.HandlingPointCode], null);
        ComplaintPolicy.Ensure(state, actor, ComplaintAction.CheckDeadlines, context);
        await CheckAsync(state);
        return ViewFor(Spine.State!, actor, context);
    }

    public async Task<ComplaintView?> Get(Actor actor)
    {
        MatterPolicyGate(actor);
        if (await Spine.CurrentAsync() is not { } state)
        {
            return null;
        }

        var context = await ContextAsync(actor, [state.HandlingPointCode], null);
        ComplaintPolicy.Ensure(state, actor, ComplaintAction.Read, context);
        return ViewFor(state, actor, context);
    }

    public async Task<IReadOnlyList<CaseHistoryRow>> GetHistory(Actor actor)
    {
        MatterPolicyGate(actor);
        if (await Spine.CurrentAsync() is not { } state)
        {
            return [];
        }

        ComplaintPolicy.Ensure(state, actor, ComplaintAction.Read, Context(new Dictionary<string, ServicePointProfile>()));
        return await Spine.HistoryAsync();
    }

    async Task<bool> IComplaintUpkeepGrain.CheckDeadlines()
    {
        if (await Spine.CurrentAsync() is not { } state)
        {
            return false;
        }

        await CheckAsync(state);
        return true;
    }

    private async Task CheckAsync(ComplaintState state)
    {
        if (state.IsClosed)
        {
            return;
        }

        await calendar.RefreshIfStaleAsync(GrainFactory, time);
        var context = Context(new Dictionary<string, ServicePointProfile>());
        var change = ComplaintRules.CheckDeadlines(state, context);
        if (!change.IsEmpty)
        {
            await CommitAsync(change, context);
        }
    }

    private async Task<ComplaintView> RunAsync<T>(T? command, Actor? actor, Func<ComplaintState, T, OversightContext, OversightChange<ComplaintState>> rule)
        where T : class
    {
        if (command is null)
        {
            throw DomainException.Invalid("command", "command.required", "A request body is required.");
        }

        MatterPolicyGate(actor);
        var state = await Spine.ExistingAsync();
        var fingerprint = OversightSpine<ComplaintState>.Fingerprint(command);
        var context = await ContextAsync(actor!, [state.HandlingPointCode], fingerprint);
        if (state.LastCommandFingerprint == fingerprint)
        {
            // A retried command: it was applied once; answer as it stands.
            ComplaintPolicy.Ensure(state, actor!, ComplaintAction.Read, context);
            return ViewFor(state, actor!, context);
        }

        await CommitAsync(rule(state, command, context), context);
        return ViewFor(Spine.State!, actor!, context);
    }

    private async Task<ComplaintView> ReplayAsync(ComplaintState existing, string fingerprint, Actor actor)
    {
        if (existing.IntakeFingerprint != fingerprint)
        {
            throw DomainException.Conflict("complaint.numberInUse", $"Complaint number {Number} already belongs to another complaint.", "number");
        }

        return ViewFor(existing, actor, await ContextAsync(actor, [existing.HandlingPointCode], null));
    }

    private async Task CommitAsync(OversightChange<ComplaintState> change, OversightContext context)
    {
        var next = ComplaintRules.NextCheck(change.After, context.Calendar);
        await Spine.CommitAsync(change, next);
        ComplaintAnnouncer.Announce(ServiceProvider.GetRequiredService<LiveStatusPublisher>(), change);
        if (next is not null)
        {
            GrainFactory.GetGrain<IOversightSweepGrain>(change.After.PointCode).Ensure().Ignore();
        }
    }

    private static ComplaintView ViewFor(ComplaintState state, Actor actor, OversightContext context) =>
        state.ToView(ComplaintPolicy.ShowsComplainant(state, actor, context)) with { AllowedActions = ComplaintPolicy.Allowed(state, actor, context) };

    /// <summary>The context with the profiles of the actor's point and of <paramref name="points"/>, and the matter a subject names.</summary>
    private async Task<OversightContext> ContextAsync(Actor? actor, IEnumerable<string?> points, string? fingerprint, ComplaintSubject? subject = null)
    {
        var profiles = await OversightProfiles.ReadAsync(GrainFactory, points.Append(actor?.PointCode));
        var matter = subject?.Kind == ComplaintSubjectKind.Matter ? await linked.ReadAsync(MatterRepository.CaseKind, subject.ReceiptNumber) : null;
        return Context(profiles) with { Fingerprint = fingerprint, Linked = matter };
    }

    private OversightContext Context(IReadOnlyDictionary<string, ServicePointProfile> profiles) =>
        new(ChinaTime.Now(time), calendar.Current, profiles);

    /// <summary>Refuses a missing actor and the network's own actor on the public contract.</summary>
    private static void MatterPolicyGate(Actor? actor) => Matters.Rules.MatterPolicy.EnsureNotSystem(actor);
}
