using Microsoft.Extensions.DependencyInjection;
using Network.Grains.Calendar;
using Network.Grains.Consultations.Rules;
using Network.Grains.Interfaces;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Citizens;
using Network.Grains.Interfaces.Consultations;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Oversight;
using Orleans.Placement;

namespace Network.Grains.Consultations;

/// <summary>
/// One consultation (咨询): the spine only. Load it and what the rules need (the profiles of its
/// point and the actor's), ask the pure rules (<see cref="ConsultationPolicy"/>,
/// <see cref="ConsultationRules"/>), commit, and only then make the new state its own. Turning it
/// into a matter asks the matter grain to take the application in first (the matter never calls
/// back), then records the link.
/// </summary>
[RandomPlacement]
public sealed class ConsultationGrain(
    ConsultationRepository repository,
    WorkingDayCalendarProvider calendar,
    [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider time) : Grain, IConsultationGrain
{
    private OversightSpine<ConsultationState>? _spine;

    private string Number => this.GetPrimaryKeyString();

    private OversightSpine<ConsultationState> Spine => _spine ??= new(repository, Number, "consultation");

    public async Task<ConsultationView> Record(RecordConsultationCommand command)
    {
        if (command is null)
        {
            throw DomainException.Invalid("command", "command.required", "A request body is required.");
        }

        Matters.Rules.MatterPolicy.EnsureNotSystem(command.Actor);
        var fingerprint = OversightSpine<ConsultationState>.Fingerprint(command);
        if (await Spine.CurrentAsync() is { } existing)
        {
            return existing.IntakeFingerprint == fingerprint
                ? ViewFor(existing, command.Actor, await ContextAsync(command.Actor, existing.PointCode, null))
                : throw DomainException.Conflict("consultation.numberInUse", $"Consultation number {Number} already belongs to another consultation.", "number");
        }

        var context = await ContextAsync(command.Actor, command.PointCode, fingerprint);
        await CommitAsync(ConsultationRules.Record(Number, command, context));
        return ViewFor(Spine.State!, command.Actor, context);
    }

    public Task<ConsultationView> Answer(AnswerConsultationCommand command) => RunAsync(command, command?.Actor, ConsultationRules.Answer);

    public Task<ConsultationView> HandOver(HandOverConsultationCommand command) => RunAsync(command, command?.Actor, ConsultationRules.HandOver);

    public async Task<MatterView> TurnIntoMatter(TurnConsultationIntoMatterCommand command)
    {
        if (command is null)
        {
            throw DomainException.Invalid("command", "command.required", "A request body is required.");
        }

        Matters.Rules.MatterPolicy.EnsureNotSystem(command.Actor);
        var state = await Spine.ExistingAsync();
        var fingerprint = OversightSpine<ConsultationState>.Fingerprint(command);
        var context = await ContextAsync(command.Actor, state.PointCode, fingerprint);
        var receipt = ConsultationRules.MatterReceiptOf(Number);
        var matter = GrainFactory.Reference<IMatterGrain>(receipt);
        if (state.Status == ConsultationStatus.TurnedIntoMatter && state.LastCommandFingerprint == fingerprint)
        {
            // A retried command: the matter was taken in and linked; answer with it as it stands.
            return await matter.Get(command.Actor) ?? throw DomainException.NotFound("number", "matter.unknown", $"Matter {receipt} is not found.");
        }

        ConsultationPolicy.Ensure(state, command.Actor, ConsultationAction.TurnIntoMatter, context);
        // Checked here first so a bad applicant is refused before the matter grain is even asked.
        var applicant = Applicants.Check(command.Applicant, "applicant");
        var view = await matter.Accept(
            new IntakeRequest(state.PointCode, command.WindowId, command.Actor, command.ItemId, applicant, command.MaterialsHandedIn) { FromConsultation = Number });
        await CommitAsync(ConsultationRules.TurnedIntoMatter(state, command.Actor, view, context));
        return view;
    }

    public async Task<ConsultationView?> Get(Actor actor)
    {
        Matters.Rules.MatterPolicy.EnsureNotSystem(actor);
        if (await Spine.CurrentAsync() is not { } state)
        {
            return null;
        }

        var context = await ContextAsync(actor, state.PointCode, null);
        ConsultationPolicy.Ensure(state, actor, ConsultationAction.Read, context);
        return ViewFor(state, actor, context);
    }

    public async Task<IReadOnlyList<CaseHistoryRow>> GetHistory(Actor actor)
    {
        Matters.Rules.MatterPolicy.EnsureNotSystem(actor);
        if (await Spine.CurrentAsync() is not { } state)
        {
            return [];
        }

        ConsultationPolicy.Ensure(state, actor, ConsultationAction.Read, await ContextAsync(actor, state.PointCode, null));
        return await Spine.HistoryAsync();
    }

    private async Task<ConsultationView> RunAsync<T>(T? command, Actor? actor, Func<ConsultationState, T, OversightContext, OversightChange<ConsultationState>> rule)
        where T : class
    {
        if (command is null)
        {
            throw DomainException.Invalid("command", "command.required", "A request body is required.");
        }

        Matters.Rules.MatterPolicy.EnsureNotSystem(actor);
        var state = await Spine.ExistingAsync();
        var fingerprint = OversightSpine<ConsultationState>.Fingerprint(command);
        var context = await ContextAsync(actor!, state.PointCode, fingerprint);
        if (state.LastCommandFingerprint == fingerprint)
        {
            ConsultationPolicy.Ensure(state, actor!, ConsultationAction.Read, context);
            return ViewFor(state, actor!, context);
        }

        await CommitAsync(rule(state, command, context));
        return ViewFor(Spine.State!, actor!, context);
    }

    private async Task CommitAsync(OversightChange<ConsultationState> change)
    {
        await Spine.CommitAsync(change, null);
        ConsultationAnnouncer.Announce(ServiceProvider, change);
    }

    private static ConsultationView ViewFor(ConsultationState state, Actor actor, OversightContext context) =>
        state.ToView(ConsultationPolicy.ShowsInquirer(state, actor, context)) with { AllowedActions = ConsultationPolicy.Allowed(state, actor, context) };

    private async Task<OversightContext> ContextAsync(Actor actor, string? pointCode, string? fingerprint)
    {
        IReadOnlyDictionary<string, ServicePointProfile> profiles = await OversightProfiles.ReadAsync(GrainFactory, [pointCode, actor.PointCode]);
        return new OversightContext(ChinaTime.Now(time), calendar.Current, profiles) { Fingerprint = fingerprint };
    }
}
