using Network.Grains.Interfaces;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Network.Grains.Calendar;
using Network.Grains.Cases.Storage;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Citizens;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Ledger;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Hosting;
using Network.Grains.Live;
using Network.Grains.Matters.Rules;
using Network.Grains.Network;
using Orleans.Placement;

namespace Network.Grains.Matters;

/// <summary>
/// One matter: the grain loads what the rules need (the matter, the profiles of the points
/// concerned, the calendar, the clock), asks the pure rules (<see cref="MatterPolicy"/>,
/// <see cref="MatterRules"/>) for the next state and its ledger steps, commits them, and only then
/// makes the new state its own and announces it. Orleans runs one activation per receipt number
/// and one call at a time, so the rules see a stable state. Matters are many and short-lived, so
/// they are placed at random over the silos. An idle matter is collected after
/// <see cref="IdleMinutes"/> minutes (under Orleans' default of 15 the silo kept every matter taken
/// in during the last quarter-hour, and its garbage collector marked them all); one with wrong proofs
/// of the public lookup counted stays as long as its lock could last (<see cref="ProgressLookupLockout"/>).
/// </summary>
[RandomPlacement]
[CollectionAgeLimit(Minutes = IdleMinutes)]
public sealed class MatterGrain(
    IMatterRepository repository,
    WorkingDayCalendarProvider calendar,
    [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider time,
    ILogger<MatterGrain> logger) : Grain, IMatterGrain, IMatterUpkeepGrain
{
    /// <summary>Minutes an idle matter stays activated (this grain's collection age), unless wrong proofs of the public lookup keep it.</summary>
    public const double IdleMinutes = 2;

    private MatterState? _state;

    // The row is read on first need, not on activation: a new matter's first call is its intake,
    // whose insert finds out by itself whether the receipt number is taken.
    private bool _mustReload = true;

    private static readonly IReadOnlyDictionary<string, ServicePointProfile> NoPoints = new Dictionary<string, ServicePointProfile>();

    // The stand-in resident ID number a lookup of an unused receipt number is compared against (never valid: 18 characters, not all digits).
    private const string NoResidentId = "------------------";

    // Wrong proofs of the public lookup, and the lock they lead to (memory only, see ProgressLookupLockout).
    private readonly ProgressLookupLockout _lookups = new();

    private string ReceiptNumber => this.GetPrimaryKeyString();

    public async Task<MatterView> Accept(IntakeRequest request)
    {
        if (request is null)
        {
            throw DomainException.Invalid("request", "request.required", "An intake request is required.");
        }

        MatterPolicy.EnsureNotSystem(request.Actor);
        var budget = RequestContextBudget.Take();
        var fingerprint = Fingerprint(request);

        // No read first: a new matter's insert finds out by itself whether the number is taken.
        if (_state is not null)
        {
            return await ReplayIntakeAsync(fingerprint, request.Actor);
        }

        var point = Interfaces.Matters.ReceiptNumber.PointOf(ReceiptNumber);
        // The point's profile and the item are independent reads: ask both at once.
        var contextRead = ContextAsync(request.Actor, [point.Value], fingerprint);
        var itemRead = GrainFactory.Reference<ICatalogGrain>(point.Value).Find(request.ItemId ?? string.Empty);
        var context = await contextRead;
        var item = await itemRead;
        var window = context.Point(point.Value)?.FindWindow(request.WindowId ?? string.Empty);
        var duty = window is null ? null : await GrainFactory.Reference<IWindowGrain>($"{point.Value}/{window.Id}").GetDutyFor(window);
        var change = MatterRules.Accept(ReceiptNumber, request, item, duty, context, ProgressCode.New());
        try
        {
            await CommitAsync(change, context, budget, request.Key);
        }
        catch (DomainException e) when (e.Code == "matter.concurrentChange")
        {
            // The receipt number is taken: a retry of this very intake, or another matter.
            await EnsureCurrentAsync();
            return await ReplayIntakeAsync(fingerprint, request.Actor);
        }
        catch (RequestKeyTakenException) when (request.Key is { } key)
        {
            // An earlier attempt under this key already took the matter in (its answer was lost).
            // It may be this very matter: the gateway sends an intake whose silo was lost again to
            // the same receipt number, which a new activation knows only from the database.
            await EnsureCurrentAsync();
            if (_state?.IntakeFingerprint == fingerprint)
            {
                return await ReplayIntakeAsync(fingerprint, request.Actor);
            }

            return await AnswerFromKeyHolderAsync(key, request, budget);
        }

        // The ledger is the record; this line is for debugging (at Information it cost a busy silo
        // more than half of the intake itself, measured).
        // Its arguments (an array, the masked number, boxed values) are built only when it is written.
        if (logger.IsEnabled(LogLevel.Debug))
        {
            logger.LogDebug(
                "Matter {Receipt} for {Item} taken in at {Point}/{Window} by {Clerk} for citizen {ResidentId}: {Status}",
                ReceiptNumber, change.After.ItemId, point, change.After.WindowId, request.Actor.Id, Applicants.MaskNumber(change.After.Citizen.DocumentType, change.After.Citizen.ResidentId), change.After.Status);
        }
        return ViewFor(_state!, request.Actor, context);
    }

    public Task<MatterView> SupplyMaterials(SupplyMaterialsCommand command) => RunAsync(command, command?.Actor, MatterRules.SupplyMaterials);

    public Task<MatterView> RequestSupplement(RequestSupplementCommand command) => RunAsync(command, command?.Actor, MatterRules.RequestSupplement);

    public Task<MatterView> AskSupplementApproval(AskSupplementApprovalCommand command) => RunAsync(command, command?.Actor, MatterRules.AskSupplementApproval);

    public Task<MatterView> ApproveSupplement(ApproveSupplementCommand command) => RunAsync(command, command?.Actor, MatterRules.ApproveSupplement);

    public Task<MatterView> RefuseSupplement(RefuseSupplementCommand command) => RunAsync(command, command?.Actor, MatterRules.RefuseSupplement);

    public Task<MatterView> Extend(ExtendCommand command) => RunAsync(command, command?.Actor, MatterRules.Extend);

    public Task<MatterView> Complete(CompleteCommand command) => RunAsync(command, command?.Actor, MatterRules.Complete);

    public Task<MatterView> Return(ReturnCommand command) => RunAsync(command, command?.Actor, MatterRules.Return);

    public Task<MatterView> Deliver(DeliverCommand command) => RunAsync(command, command?.Actor, MatterRules.Deliver);

    public Task<MatterView> HandBack(HandBackCommand command) => RunAsync(command, command?.Actor, MatterRules.HandBack);

    public Task<MatterView> Decide(DecideCommand command) => RunAsync(command, command?.Actor, MatterRules.Decide);

    public Task<MatterView> CompletePart(CompletePartCommand command) => RunAsync(command, command?.Actor, MatterRules.CompletePart);

    public Task<MatterView> ReturnPart(ReturnPartCommand command) => RunAsync(command, command?.Actor, MatterRules.ReturnPart);

    public Task<MatterView> HandUp(HandUpCommand command) =>
        RunAsync(
            command,
            command?.Actor,
            MatterRules.HandUp,
            state => MatterRules.HandUpTarget(state) is { } parent ? [parent] : [],
            state => MatterRules.AlreadyPassedUp(state, command!.Actor.PointCode));

    public Task<MatterView> HandOver(HandOverCommand command) =>
        RunAsync(command, command?.Actor, MatterRules.HandOver, MatterRules.ChainPoints);

    public async Task<MatterView> CheckDeadlines(Actor actor)
    {
        MatterPolicy.EnsureNotSystem(actor);
        var budget = RequestContextBudget.Take();
        var state = await ExistingAsync();
        var context = await ContextAsync(actor, [], null, state);
        MatterPolicy.Ensure(state, actor, MatterAction.CheckDeadlines, context);
        await CheckDeadlinesAsync(state, budget);
        return ViewFor(_state!, actor, context);
    }

    public async Task<MatterView?> Get(Actor actor)
    {
        MatterPolicy.EnsureNotSystem(actor);
        // A read writes nothing under the budget: the calls it makes need not carry it.
        RequestContextBudget.Take();
        await EnsureCurrentAsync();
        if (_state is not { } state)
        {
            return null;
        }

        var context = await ContextAsync(actor, [], null, state);
        MatterPolicy.Ensure(state, actor, MatterAction.Read, context);
        return ViewFor(state, actor, context);
    }

    public async Task<IReadOnlyList<LedgerEntry>> GetHistory(Actor actor)
    {
        MatterPolicy.EnsureNotSystem(actor);
        await EnsureCurrentAsync();
        if (_state is not { } state)
        {
            return [];
        }

        MatterPolicy.Ensure(state, actor, MatterAction.Read, Context(NoPoints));
        return await repository.ReadLedgerAsync(ReceiptNumber);
    }

    public async Task<ProgressLookup> GetForCitizen(ProgressProof proof)
    {
        var now = time.GetUtcNow();
        if (_lookups.LockedAt(now) is { } until)
        {
            return ProgressLookup.Locked(until - now);
        }

        proof = (proof ?? throw DomainException.Invalid("code", "progress.proofRequired", "A progress code or resident ID number is required.")).Checked();
        await EnsureCurrentAsync();

        // A number never used is compared against a stand-in, so it answers in the same way and time.
        var state = _state;
        if (proof.Fits(state?.ProgressCode, state?.Citizen.ResidentId ?? NoResidentId) && state is not null)
        {
            _lookups.Succeeded();
            // Nothing counted any more: the matter may go after its usual idle time.
            DelayDeactivation(TimeSpan.Zero);
            return ProgressLookup.Found(state.ToCitizenProgress());
        }

        _lookups.Failed(now);
        // The count and the lock live in this activation's memory: it stays at least as long as a
        // lock started now would last (as it did under Orleans' default collection age).
        DelayDeactivation(ProgressLookupLockout.LockFor);
        return ProgressLookup.NotFound;
    }

    public async Task AssignHandler(string windowId, string clerkId)
    {
        var budget = RequestContextBudget.Take();
        var state = await ExistingAsync();
        var context = Context(NoPoints);
        var change = MatterRules.AssignHandler(state, windowId, clerkId, context);
        if (!change.IsEmpty)
        {
            await CommitAsync(change, context, budget);
        }
    }

    async Task<MatterView?> IMatterUpkeepGrain.CheckDeadlines()
    {
        var budget = RequestContextBudget.Take();
        await EnsureCurrentAsync();
        if (_state is not { } state)
        {
            return null;
        }

        await CheckDeadlinesAsync(state, budget);
        return _state!.ToView();
    }

    private async Task CheckDeadlinesAsync(MatterState state, RequestContextBudget budget)
    {
        if (state.IsClosed)
        {
            return;
        }

        await calendar.RefreshIfStaleAsync(GrainFactory, time);
        var context = Context(NoPoints);
        var check = MatterRules.CheckDeadlines(state, context);
        if (check.Change.IsEmpty)
        {
            return;
        }

        await CommitAsync(check.Change, context, budget);
        foreach (var flag in check.Flags)
        {
            NetworkMetrics.Flags.Add(1, new KeyValuePair<string, object?>("level", flag.Level.ToString()));
            // The director of the point concerned and the supervising tier above it.
            var point = DivisionCode.Parse(flag.PointCode);
            GrainFactory.Reference<IPointUpkeepGrain>(point.Value).ReceiveFlag(flag).Ignore();
            if (point.Parent is { } parent)
            {
                GrainFactory.Reference<IPointUpkeepGrain>(parent.Value).ReceiveFlag(flag).Ignore();
            }
        }
    }

    /// <summary>
    /// The spine of every command: load the matter, recognise a retry, load the context the rules
    /// need, apply the rules, commit, answer with the matter as the actor now sees it.
    /// </summary>
    private async Task<MatterView> RunAsync<T>(
        T? command,
        Actor? actor,
        Func<MatterState, T, MatterContext, MatterChange> rule,
        Func<MatterState, IEnumerable<string>>? morePoints = null,
        Func<MatterState, bool>? alreadyDone = null)
        where T : class
    {
        if (command is null)
        {
            throw DomainException.Invalid("command", "command.required", "A request body is required.");
        }

        MatterPolicy.EnsureNotSystem(actor);
        var budget = RequestContextBudget.Take();
        var state = await ExistingAsync();
        var fingerprint = Fingerprint(command);
        var context = await ContextAsync(actor!, morePoints?.Invoke(state) ?? [], fingerprint, state);
        if (state.LastCommandFingerprint == fingerprint || alreadyDone?.Invoke(state) == true)
        {
            // A retried command (a timeout, a restart): it was applied once; answer as it stands.
            MatterPolicy.Ensure(state, actor!, MatterAction.Read, context);
            return ViewFor(state, actor!, context);
        }

        var change = rule(state, command, context);
        await CommitAsync(change, context, budget);
        return ViewFor(_state!, actor!, context);
    }

    /// <summary>
    /// The intake's key is already recorded: by the matter an earlier attempt opened (answered as
    /// that matter's replay, under its receipt number), or for another request (422). This
    /// activation opened nothing and goes away.
    /// </summary>
    private async Task<MatterView> AnswerFromKeyHolderAsync(RequestKey key, IntakeRequest request, RequestContextBudget budget)
    {
        DeactivateOnIdle();
        var stored = await repository.FindRequestKeyAsync(key)
            ?? throw DomainException.Conflict("idempotency.inProgress", "The first request with this Idempotency-Key is still running; retry shortly.", "Idempotency-Key");
        if (!stored.Request.SameRequestAs(key))
        {
            throw DomainException.KeyReused($"This Idempotency-Key was first used for {stored.Request.Method} {stored.Request.Route} with another body; use a new key for a new request.");
        }

        // A key claimed by an earlier build of the gateway names the receipt number it reserved.
        var point = Interfaces.Matters.ReceiptNumber.PointOf(ReceiptNumber);
        var holder = stored.CaseId
            ?? (stored.ReservedSuffix is { } suffix ? Interfaces.Matters.ReceiptNumber.At(point, suffix) : null)
            ?? throw DomainException.Conflict("idempotency.inProgress", "The first request with this Idempotency-Key is still running; retry shortly.", "Idempotency-Key");
        // The holder's answer may be a commit of its own (a new activation learns only then that its
        // number is taken): it runs under the request's budget, as the caller's call did.
        budget.Restore();
        return await GrainFactory.Reference<IMatterGrain>(holder).Accept(request with { Key = null });
    }

    private async Task<MatterView> ReplayIntakeAsync(string fingerprint, Actor actor)
    {
        if (_state?.IntakeFingerprint != fingerprint)
        {
            throw DomainException.Conflict("receipt.inUse", $"Receipt number {ReceiptNumber} already belongs to another matter.", "receiptNumber");
        }

        return ViewFor(_state, actor, await ContextAsync(actor, [], null, _state));
    }

    private async Task CommitAsync(MatterChange change, MatterContext context, RequestContextBudget budget, RequestKey? openedBy = null)
    {
        // The live message leaves with the commit: the store queues it with the publisher as soon as
        // the transaction has committed, before this grain's next turn and its answer.
        var (announced, live) = MatterAnnouncer.Of(change.Before, change.After, change);
        var publisher = ServiceProvider.GetRequiredService<LiveStatusPublisher>();
        try
        {
            // The request's deadline (its remaining budget, taken out of the RequestContext when the
            // command began, on this silo's own clock now) goes with the commit: a commit still
            // queued when its caller has stopped waiting is not sent.
            await repository.CommitAsync(change, MatterRules.NextCheck(change.After, context.Calendar), budget.DeadlineOn(TimeProvider.System), openedBy, committed: () => publisher.Publish(live));
        }
        catch (CaseVersionConflictException)
        {
            _mustReload = true;
            throw DomainException.Conflict("matter.concurrentChange", $"Matter {ReceiptNumber} was changed meanwhile; reload it and try again.");
        }
        catch
        {
            // The outcome is unknown (the commit may or may not have landed): read the row again
            // before the next change instead of trusting memory.
            _mustReload = true;
            throw;
        }

        _state = change.After;
        _mustReload = false;
        foreach (var step in change.Steps)
        {
            NetworkMetrics.MatterSteps.Add(1, new KeyValuePair<string, object?>("action", step.Entry.Action));
        }

        MatterAnnouncer.Tell(GrainFactory, announced, change);
    }

    private MatterView ViewFor(MatterState state, Actor actor, MatterContext context) =>
        state.ToView() with { AllowedActions = MatterState.ArrayOf(MatterPolicy.Allowed(state, actor, context)) };

    /// <summary>
    /// The context with the profiles of the actor's point and of <paramref name="points"/>, and for a
    /// matter awaiting a decision where it is held, the item that decides it there.
    /// </summary>
    private async Task<MatterContext> ContextAsync(Actor actor, IEnumerable<string> points, string? fingerprint, MatterState? state = null)
    {
        // The points named, then the actor's, each once, in that order (no LINQ chain: every command asks this).
        var codes = new List<string>(4);
        foreach (var code in points)
        {
            if (code.Length > 0 && !codes.Contains(code))
            {
                codes.Add(code);
            }
        }

        if (actor.PointCode.Length > 0 && !codes.Contains(actor.PointCode))
        {
            codes.Add(actor.PointCode);
        }

        var profiles = new Dictionary<string, ServicePointProfile>(codes.Count, StringComparer.Ordinal);
        foreach (var code in codes)
        {
            if (DivisionCode.TryParse(code, out var parsed, out _)
                && await GrainFactory.Reference<IServicePointGrain>(parsed.Value).GetProfile() is { } profile)
            {
                profiles[code] = profile;
            }
        }

        return new MatterContext(ChinaTime.Now(time), calendar.Current, profiles)
        {
            Fingerprint = fingerprint,
            DecidingItems = await DecidingItemLookup.ReadAsync(GrainFactory, state),
        };
    }

    private MatterContext Context(IReadOnlyDictionary<string, ServicePointProfile> profiles) =>
        new(ChinaTime.Now(time), calendar.Current, profiles);

    private async Task EnsureCurrentAsync()
    {
        if (_mustReload)
        {
            _state = await repository.LoadAsync(ReceiptNumber);
            _mustReload = false;
        }
    }

    private async Task<MatterState> ExistingAsync()
    {
        await EnsureCurrentAsync();
        return _state ?? throw DomainException.NotFound("receiptNumber", "matter.unknown", $"There is no matter with receipt number {ReceiptNumber}.");
    }

    private static string Fingerprint<T>(T value) => CommandFingerprint.Of(value);
}
