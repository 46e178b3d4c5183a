using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Network.Grains.Calendar;
using Network.Grains.Cases.Storage;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Deadlines;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Rectifications;
using Network.Grains.Live;
using Network.Grains.Ratings;
using Network.Grains.Rectifications.Rules;

namespace Network.Grains.Rectifications;

/// <summary>
/// One bad rating's rectification: the spine of every kind — load the state and the context, ask
/// the pure rules, commit, announce, answer with the view for the actor. Its deadlines are watched
/// by a durable reminder while it is open (bad ratings are few; the reminder goes when it closes).
/// An upheld appeal sets its rating aside after the decision is committed; a retried decision
/// does that again, so the rating is never left counted.
/// </summary>
public sealed class RectificationGrain(
    RectificationRepository repository,
    WorkingDayCalendarProvider calendar,
    IOptions<RatingOptions> options,
    [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider time) : Grain, IRectificationGrain, IRectificationUpkeepGrain, IRemindable
{
    private const string DeadlineReminder = "rectification-deadlines";
    private RectificationState? _state;
    private bool _mustReload = true;

    private string Id => this.GetPrimaryKeyString();

    public async Task Open(RectificationOpening opening)
    {
        await EnsureCurrentAsync();
        if (_state is not null)
        {
            return;
        }

        var context = await ContextAsync(null, null);
        await CommitAsync(RectificationRules.Open(opening, context), context);
    }

    public Task<RectificationView> CallBack(CallBackCommand command) => RunAsync(command, command?.Actor, RectificationRules.CallBack);

    public Task<RectificationView> Resolve(ResolveCommand command) => RunAsync(command, command?.Actor, RectificationRules.Resolve);

    public Task<RectificationView> FinishRectification(FinishRectificationCommand command) => RunAsync(command, command?.Actor, RectificationRules.FinishRectification);

    public Task<RectificationView> FeedBack(FeedBackCommand command) => RunAsync(command, command?.Actor, RectificationRules.FeedBack);

    public Task<RectificationView> Appeal(AppealCommand command) => RunAsync(command, command?.Actor, RectificationRules.Appeal);

    public Task<RectificationView> DecideAppeal(DecideAppealCommand command) => RunAsync(command, command?.Actor, RectificationRules.DecideAppeal);

    public async Task<RectificationView?> Get(Actor actor)
    {
        RectificationPolicy.EnsureNotSystem(actor);
        await EnsureCurrentAsync();
        if (_state is not { } state)
        {
            return null;
        }

        var context = await ContextAsync(actor, state);
        RectificationPolicy.Ensure(state, actor, RectificationAction.Read, context);
        return ViewFor(state, actor, context);
    }

    public async Task<IReadOnlyList<CaseHistoryEntry>> GetHistory(Actor actor)
    {
        RectificationPolicy.EnsureNotSystem(actor);
        await EnsureCurrentAsync();
        if (_state is not { } state)
        {
            return [];
        }

        if (!RectificationPolicy.CanRead(state, actor))
        {
            throw DomainException.Forbidden("id", "auth.jurisdiction", $"Rectification {state.Id} is outside the jurisdiction of {actor}.");
        }

        return await repository.ReadHistoryAsync(Id);
    }

    public async Task CheckDeadlines()
    {
        await EnsureCurrentAsync();
        if (_state is not { } state || state.IsClosed)
        {
            return;
        }

        await calendar.RefreshIfStaleAsync(GrainFactory, time);
        var context = await ContextAsync(null, null);
        var change = RectificationRules.CheckDeadlines(state, context);
        if (!change.IsEmpty)
        {
            await CommitAsync(change, context);
        }
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => CheckDeadlines();

    private async Task<RectificationView> RunAsync<T>(T? command, Actor? actor, Func<RectificationState, T, RectificationContext, RectificationChange> rule)
        where T : class
    {
        if (command is null)
        {
            throw DomainException.Invalid("command", "command.required", "A request body is required.");
        }

        RectificationPolicy.EnsureNotSystem(actor);
        await EnsureCurrentAsync();
        var state = _state ?? throw DomainException.NotFound("id", "rectification.unknown", $"There is no rectification {Id}.");
        var fingerprint = typeof(T).Name + ":" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(command))));
        var context = await ContextAsync(actor, state) with { Fingerprint = fingerprint };
        if (state.LastCommandFingerprint == fingerprint)
        {
            // A retried command: applied once; finish what follows it, answer as it stands.
            RectificationPolicy.Ensure(state, actor!, RectificationAction.Read, context);
            await FollowUpAsync(state);
            return ViewFor(state, actor!, context);
        }

        await CommitAsync(rule(state, command, context), context);
        await FollowUpAsync(_state!);
        return ViewFor(_state!, actor!, context);
    }

    /// <summary>An upheld appeal sets the rating aside (idempotent, so a retry repairs a failure here).</summary>
    private async Task FollowUpAsync(RectificationState state)
    {
        if (state.Status == RectificationStatus.SetAside)
        {
            var decidingPoint = DivisionCode.Parse(state.PointCode).Parent?.Value ?? state.PointCode;
            await GrainFactory.GetGrain<IRatingUpkeepGrain>(state.Id).SetAside(state.AppealDecidedBy ?? "supervision", decidingPoint, state.AppealDecision ?? string.Empty);
        }
    }

    private async Task CommitAsync(RectificationChange change, RectificationContext context)
    {
        try
        {
            await repository.CommitAsync(change, RectificationRules.NextCheck(change.After, context.Calendar), RequestDeadline.On(TimeProvider.System));
        }
        catch (CaseVersionConflictException)
        {
            _mustReload = true;
            throw DomainException.Conflict("rectification.concurrentChange", $"Rectification {Id} was changed meanwhile; reload it and try again.");
        }
        catch
        {
            _mustReload = true;
            throw;
        }

        _state = change.After;
        _mustReload = false;
        var flag = Flag(_state, context);
        RectificationAnnouncer.Announce(ServiceProvider.GetRequiredService<LiveStatusPublisher>(), _state, change.LastAction, flag, change.At);
        if (_state.IsClosed)
        {
            if (await this.GetReminder(DeadlineReminder) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }
        }
        else if (change.Before is null)
        {
            await this.RegisterOrUpdateReminder(DeadlineReminder, TimeSpan.FromHours(1), TimeSpan.FromHours(1));
        }
    }

    private static FlagLevel Flag(RectificationState state, RectificationContext context) =>
        (FlagLevel)Math.Max((int)state.Flag, (int)RectificationRules.FlagOn(state, context.Today, context.Calendar));

    private RectificationView ViewFor(RectificationState state, Actor actor, RectificationContext context) =>
        new(state.Id, state.ReceiptNumber, state.PointCode, state.WindowId, state.ClerkId, state.ItemName, state.Level, state.Aspects, state.Comment, state.Named,
            state.RatedAt, state.Status, state.CallBackDue, state.DueDate, Flag(state, context), state.Version)
        {
            // The applicant's name and phone only for a named rating, only to staff of the point that owns the call-back.
            CitizenName = state.Named && actor.PointCode == state.PointCode ? state.Contact?.Name : null,
            CitizenPhone = state.Named && actor.PointCode == state.PointCode ? state.Contact?.Phone : null,
            CalledBackBy = state.CalledBackBy,
            CalledBackAt = state.CalledBackAt,
            Findings = state.Findings,
            Measure = state.Measure,
            MeasureNote = state.MeasureNote,
            FeedbackNote = state.FeedbackNote,
            AppealReason = state.AppealReason,
            AppealDecision = state.AppealDecision,
            AllowedActions = RectificationPolicy.Allowed(state, actor, context),
            IsClosed = state.IsClosed,
            FailedCallBacks = state.FailedCallBacks,
        };

    /// <summary>The context with the profiles of the actor's point, the owning point and its parent.</summary>
    private async Task<RectificationContext> ContextAsync(Actor? actor, RectificationState? state)
    {
        var codes = new List<string>();
        if (actor is not null)
        {
            codes.Add(actor.PointCode);
        }

        if (state is not null)
        {
            codes.Add(state.PointCode);
            if (DivisionCode.Parse(state.PointCode).Parent is { } parent)
            {
                codes.Add(parent.Value);
            }
        }

        var profiles = new Dictionary<string, ServicePointProfile>(StringComparer.Ordinal);
        foreach (var code in codes.Distinct(StringComparer.Ordinal))
        {
            if (DivisionCode.TryParse(code, out var parsed, out _) && await GrainFactory.GetGrain<IServicePointGrain>(parsed.Value).GetProfile() is { } profile)
            {
                profiles[code] = profile;
            }
        }

        var settings = options.Value;
        return new RectificationContext(ChinaTime.Now(time), calendar.Current, profiles, settings.CallBackWorkingDays, settings.MaxRectificationWorkingDays);
    }

    private async Task EnsureCurrentAsync()
    {
        if (_mustReload)
        {
            _state = await repository.LoadAsync(Id);
            _mustReload = false;
        }
    }
}
