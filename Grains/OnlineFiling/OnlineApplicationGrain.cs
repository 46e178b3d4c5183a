using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Network.Grains.Calendar;
using Network.Grains.Interfaces;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.OnlineFiling;
using Network.Grains.Matters;
using Network.Grains.OnlineFiling.Files;
using Network.Grains.OnlineFiling.Rules;
using Network.Grains.Oversight;
using Orleans.Placement;

namespace Network.Grains.OnlineFiling;

/// <summary>
/// One online application: the spine only. Load it and what the rules need (the point's profile,
/// the item from the point's catalog), ask the pure rules (<see cref="OnlineApplicationPolicy"/>,
/// <see cref="OnlineApplicationRules"/>), commit, and only then make the new state its own. An
/// uploaded file's bytes are stored before the commit that records them and removed if that commit
/// fails; a file the rules refuse is never stored. An acceptance takes the matter in first (its own
/// grain, which calls points, windows and catalogs but never an application: no cycle), then records it.
/// </summary>
[RandomPlacement]
public sealed class OnlineApplicationGrain(
    OnlineApplicationRepository repository,
    IApplicationFileStore files,
    IMatterRepository matters,
    IOptions<OnlineFilingOptions> options,
    WorkingDayCalendarProvider calendar,
    [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider time) : Grain, IOnlineApplicationGrain, IOnlineApplicationUpkeepGrain
{
    private OversightSpine<OnlineApplicationState>? _spine;

    // Wrong codes, and the lock they lead to (memory only, as the matters' public lookup).
    private readonly ProgressLookupLockout _wrongCodes = new();

    private string Number => this.GetPrimaryKeyString();

    private OversightSpine<OnlineApplicationState> Spine => _spine ??= new(repository, Number, "onlineApplication");

    public async Task<OnlineApplicationReceipt> Start(StartOnlineApplicationRequest request)
    {
        if (request is null)
        {
            throw DomainException.Invalid("request", "request.required", "A request body is required.");
        }

        var fingerprint = OversightSpine<OnlineApplicationState>.Fingerprint(request);
        if (await Spine.CurrentAsync() is { } existing)
        {
            return existing.IntakeFingerprint == fingerprint
                ? existing.ToReceipt()
                : throw DomainException.Conflict("onlineApplication.numberInUse", $"Application number {Number} already belongs to another application.", "number");
        }

        await calendar.RefreshIfStaleAsync(GrainFactory, time);
        var context = await ContextAsync([request.PointCode], fingerprint);
        var point = DivisionCode.Parse(request.PointCode, "pointCode");
        var item = await GrainFactory.Reference<ICatalogGrain>(point.Value).Find(request.ItemId ?? string.Empty);
        var change = OnlineApplicationRules.Start(Number, request, item, ProgressCode.New(), context);
        await CommitAsync(change, context);
        return Spine.State!.ToReceipt();
    }

    public async Task<OnlineApplicationProgress> AddFile(AddApplicationFileRequest request)
    {
        if (request is null)
        {
            throw DomainException.Invalid("request", "request.required", "A request body is required.");
        }

        var state = await ApplicantStateAsync(request.Code);
        var fingerprint = FileFingerprint(request);
        if (state.LastCommandFingerprint == fingerprint)
        {
            return state.ToProgress();
        }

        var context = Context(new Dictionary<string, ServicePointProfile>()) with { Fingerprint = fingerprint };
        var settings = options.Value;
        var change = OnlineApplicationRules.AddFile(state, request, Guid.NewGuid().ToString("N"), settings.MaxFileBytes, settings.MaxFiles, context);
        var file = change.After.Files[^1];
        await files.SaveAsync(Number, file, request.Content);
        try
        {
            await CommitAsync(change, context);
        }
        catch
        {
            await files.DeleteAsync(Number, file.Id);
            throw;
        }

        return Spine.State!.ToProgress();
    }

    public async Task<OnlineApplicationProgress> Submit(SubmitOnlineApplicationRequest request)
    {
        if (request is null)
        {
            throw DomainException.Invalid("request", "request.required", "A request body is required.");
        }

        var state = await ApplicantStateAsync(request.Code);
        await calendar.RefreshIfStaleAsync(GrainFactory, time);
        var context = Context(new Dictionary<string, ServicePointProfile>());
        await CommitAsync(OnlineApplicationRules.Submit(state, request, context), context);
        return Spine.State!.ToProgress();
    }

    public async Task<OnlineApplicationProgress?> GetProgress(string code)
    {
        var now = time.GetUtcNow();
        if (_wrongCodes.LockedAt(now) is not null)
        {
            throw Locked();
        }

        var state = await Spine.CurrentAsync();
        if (OnlineApplicationRules.Fits(state, code))
        {
            _wrongCodes.Succeeded();
            return state!.ToProgress();
        }

        _wrongCodes.Failed(now);
        return null;
    }

    public async Task<OnlineApplicationPublicStatus?> GetPublicStatus()
    {
        if (await Spine.CurrentAsync() is not { } state)
        {
            return null;
        }

        bool? matterOpen = state.ReceiptNumber is { } receipt && await matters.LoadAsync(receipt) is { } matter ? !matter.IsClosed : null;
        return OnlineApplicationRules.PublicStatus(state, matterOpen);
    }

    public async Task<OnlineApplicationView> Accept(AcceptOnlineApplicationCommand command)
    {
        var (state, context, replay) = await PrepareAsync(command, command?.Actor);
        if (replay is not null)
        {
            return replay;
        }

        var intake = OnlineApplicationRules.IntakeFor(state, command!, context);
        var matter = await GrainFactory.Reference<IMatterGrain>(OnlineApplicationRules.ReceiptNumberOf(Number)).Accept(intake);
        await CommitAsync(OnlineApplicationRules.Accepted(state, command!, matter, context), context);
        return ViewFor(Spine.State!, command!.Actor, context);
    }

    public Task<OnlineApplicationView> NotifyMissing(NotifyMissingMaterialsCommand command) => RunAsync(command, command?.Actor, OnlineApplicationRules.NotifyMissing);

    public Task<OnlineApplicationView> Refuse(RefuseOnlineApplicationCommand command) => RunAsync(command, command?.Actor, OnlineApplicationRules.Refuse);

    public async Task<OnlineApplicationView> CheckDeadlines(Actor actor)
    {
        MatterPolicyGate(actor);
        var state = await Spine.ExistingAsync();
        var context = await ContextAsync([state.PointCode, actor.PointCode], null);
        OnlineApplicationPolicy.Ensure(state, actor, OnlineApplicationAction.CheckDeadlines, context);
        await CheckAsync(state);
        return ViewFor(Spine.State!, actor, context);
    }

    public async Task<OnlineApplicationView?> Get(Actor actor)
    {
        MatterPolicyGate(actor);
        if (await Spine.CurrentAsync() is not { } state)
        {
            return null;
        }

        var context = await ContextAsync([state.PointCode, actor.PointCode], null);
        OnlineApplicationPolicy.Ensure(state, actor, OnlineApplicationAction.Read, context);
        return ViewFor(state, actor, context);
    }

    public async Task<FileDownload> ReadFile(Actor actor, string fileId)
    {
        MatterPolicyGate(actor);
        var state = await Spine.ExistingAsync();
        var context = await ContextAsync([state.PointCode, actor.PointCode], null);
        if (OnlineApplicationPolicy.OpensFiles(state, actor, context) is { } refusal)
        {
            throw refusal;
        }

        var file = state.Files.FirstOrDefault(f => f.Id == fileId)
            ?? throw DomainException.NotFound("fileId", "file.unknown", $"Online application {Number} has no file '{fileId}'.");
        var content = await files.ReadAsync(Number, file.Id)
            ?? throw DomainException.NotFound("fileId", "file.unknown", $"The content of file '{fileId}' is not stored.");
        return new FileDownload(file.FileName, file.ContentType, content);
    }

    public async Task<IReadOnlyList<CaseHistoryRow>> GetHistory(Actor actor)
    {
        MatterPolicyGate(actor);
        if (await Spine.CurrentAsync() is not { } state)
        {
            return [];
        }

        OnlineApplicationPolicy.Ensure(state, actor, OnlineApplicationAction.Read, Context(new Dictionary<string, ServicePointProfile>()));
        return await Spine.HistoryAsync();
    }

    async Task<bool> IOnlineApplicationUpkeepGrain.CheckDeadlines()
    {
        if (await Spine.CurrentAsync() is not { } state)
        {
            return false;
        }

        await CheckAsync(state);
        return true;
    }

    private async Task CheckAsync(OnlineApplicationState state)
    {
        if (state.IsClosed)
        {
            return;
        }

        await calendar.RefreshIfStaleAsync(GrainFactory, time);
        var context = Context(new Dictionary<string, ServicePointProfile>());
        var change = OnlineApplicationRules.CheckDeadlines(state, context);
        if (!change.IsEmpty)
        {
            await CommitAsync(change, context);
        }
    }

    private async Task<OnlineApplicationView> RunAsync<T>(T? command, Actor? actor, Func<OnlineApplicationState, T, OversightContext, OversightChange<OnlineApplicationState>> rule)
        where T : class
    {
        var (state, context, replay) = await PrepareAsync(command, actor);
        if (replay is not null)
        {
            return replay;
        }

        await CommitAsync(rule(state, command!, context), context);
        return ViewFor(Spine.State!, actor!, context);
    }

    /// <summary>The state and context of a staff command, or the answer to a retried one (applied once already).</summary>
    private async Task<(OnlineApplicationState State, OversightContext Context, OnlineApplicationView? Replay)> PrepareAsync<T>(T? command, Actor? actor)
        where T : class
    {
        if (command is null)
        {
            throw DomainException.Invalid("command", "command.required", "A request body is required.");
        }

        MatterPolicyGate(actor);
        var state = await Spine.ExistingAsync();
        var fingerprint = OversightSpine<OnlineApplicationState>.Fingerprint(command);
        var context = await ContextAsync([state.PointCode, actor!.PointCode], fingerprint);
        if (state.LastCommandFingerprint == fingerprint)
        {
            OnlineApplicationPolicy.Ensure(state, actor, OnlineApplicationAction.Read, context);
            return (state, context, ViewFor(state, actor, context));
        }

        return (state, context, null);
    }

    /// <summary>The application when <paramref name="code"/> is its code; otherwise (and while locked after wrong codes) as if there were none.</summary>
    private async Task<OnlineApplicationState> ApplicantStateAsync(string? code)
    {
        var now = time.GetUtcNow();
        if (_wrongCodes.LockedAt(now) is not null)
        {
            throw Locked();
        }

        var state = await Spine.CurrentAsync();
        if (!OnlineApplicationRules.Fits(state, code))
        {
            _wrongCodes.Failed(now);
            throw OnlineApplicationRules.Unknown(Number);
        }

        _wrongCodes.Succeeded();
        return state!;
    }

    private async Task CommitAsync(OversightChange<OnlineApplicationState> change, OversightContext context)
    {
        var next = OnlineApplicationRules.NextCheck(change.After);
        await Spine.CommitAsync(change, next);
        OnlineApplicationAnnouncer.Announce(ServiceProvider, change);
        if (next is not null)
        {
            GrainFactory.GetGrain<IOversightSweepGrain>(change.After.PointCode).Ensure().Ignore();
        }
    }

    private static OnlineApplicationView ViewFor(OnlineApplicationState state, Actor actor, OversightContext context) =>
        state.ToView(OnlineApplicationPolicy.ShowsApplicant(state, actor, context)) with { AllowedActions = OnlineApplicationPolicy.Allowed(state, actor, context) };

    private async Task<OversightContext> ContextAsync(IEnumerable<string?> points, string? fingerprint) =>
        Context(await OversightProfiles.ReadAsync(GrainFactory, points)) with { Fingerprint = fingerprint };

    private OversightContext Context(IReadOnlyDictionary<string, ServicePointProfile> profiles) =>
        new(ChinaTime.Now(time), calendar.Current, profiles);

    /// <summary>A retried upload is the same code, material, name and content.</summary>
    private static string FileFingerprint(AddApplicationFileRequest request) =>
        "AddFile:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
            $"{request.Material}\n{request.FileName}\n{Convert.ToHexString(SHA256.HashData(request.Content ?? []))}")));

    private static DomainException Locked() =>
        DomainException.Conflict("onlineApplication.locked", $"Too many wrong codes: try again in {ProgressLookupLockout.LockFor.TotalMinutes:0} minutes.", "code");

    /// <summary>Refuses a missing actor and the network's own actor on the public contract.</summary>
    private static void MatterPolicyGate(Actor? actor) => Matters.Rules.MatterPolicy.EnsureNotSystem(actor);
}
