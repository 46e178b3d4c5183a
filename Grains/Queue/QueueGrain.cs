using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Network.Grains.Interfaces;
using Network.Grains.Cases;
using Network.Grains.Cases.Storage;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Deadlines;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Queue;
using Network.Grains.Live;
using Network.Grains.Queue.Rules;

namespace Network.Grains.Queue;

/// <summary>
/// A point's queue of one day (key <c>{point}/{yyyy-MM-dd}</c>): the spine only. Load the day's
/// queue and the context (the point's profile, who is on duty at the windows concerned, the matter
/// a ticket is linked to), recognise a retried command, apply the pure rules, commit, announce,
/// answer. One activation per point per day keeps the numbering and the order without any other
/// coordination.
/// </summary>
public sealed class QueueGrain(
    QueueRepository repository,
    LiveStatusPublisher publisher,
    IOptions<QueueOptions> options,
    [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider time,
    TimeProvider runtimeTime) : Grain, IQueueGrain, IQueueUpkeepGrain
{
    private QueueState? _state;
    private bool _mustReload = true;

    // The board and the point's figures go out at most once per BoardInterval (and the board with
    // every call): when they went last, the context to draw the next board with, the timer that
    // sends them at the end of the interval, the board sent last, and the figures the point was
    // told last and when.
    private DateTimeOffset _lastBoard = DateTimeOffset.MinValue;
    private QueueContext? _boardContext;
    private IGrainTimer? _boardTimer;
    private QueueBoard? _sentBoard;
    private QueueFigures? _toldFigures;
    private DateTimeOffset _toldAt = DateTimeOffset.MinValue;

    private (DivisionCode Point, DateOnly Day) Key => QueueKeys.Parse(this.GetPrimaryKeyString());

    public async Task<TicketSlip> Issue(IssueTicketCommand command)
    {
        var checkedCommand = ActorGate.Command(command, command?.Actor);
        var state = await CurrentAsync();
        var context = await ContextAsync();
        var change = QueueRules.Issue(state, checkedCommand, context);
        await CommitAsync(change, context);
        return QueueRules.Slip(_state!, _state!.Tickets[^1], context);
    }

    public async Task<TicketSlip> IssueForAppointment(string appointmentCode, string windowId)
    {
        var state = await CurrentAsync();
        var context = await ContextAsync();
        if (QueueRules.ForAppointment(state, appointmentCode) is { } issued)
        {
            return QueueRules.Slip(state, issued, context);
        }

        var kiosk = new Actor($"kiosk:{state.PointCode}", ActorRole.Citizen, state.PointCode);
        var change = QueueRules.Issue(state, new IssueTicketCommand(kiosk, windowId, TicketPriority.Appointment), context, appointmentCode);
        await CommitAsync(change, context);
        return QueueRules.Slip(_state!, _state!.Tickets[^1], context);
    }

    public Task<QueueView> CallNext(CallNextCommand command) => RunAsync(command, command?.Actor, QueueRules.CallNext);

    public Task<QueueView> Recall(RecallCommand command) => RunAsync(command, command?.Actor, QueueRules.Recall);

    public Task<QueueView> MarkNoShow(MarkNoShowCommand command) => RunAsync(command, command?.Actor, QueueRules.MarkNoShow);

    public Task<QueueView> Transfer(TransferTicketCommand command) => RunAsync(command, command?.Actor, QueueRules.Transfer);

    public Task<QueueView> StartServing(StartServingCommand command) =>
        RunAsync(command, command?.Actor, QueueRules.StartServing, c => c.ReceiptNumber);

    public Task<QueueView> Finish(FinishTicketCommand command) =>
        RunAsync(command, command?.Actor, QueueRules.Finish, c => c.ReceiptNumber);

    public async Task<QueueView> Get(Actor actor)
    {
        ActorGate.EnsureNotSystem(actor);
        var state = await CurrentAsync();
        var context = await ContextAsync(actor);
        QueuePolicy.Ensure(state, actor, QueueAction.Read, context, string.Empty);
        return ViewFor(state, actor, context);
    }

    public async Task<QueueBoard> GetBoard()
    {
        var state = await CurrentAsync();
        return QueueRules.Board(state, await ContextAsync());
    }

    private async Task<QueueView> RunAsync<T>(
        T? command,
        Actor? actor,
        Func<QueueState, T, QueueContext, QueueChange> rule,
        Func<T, string?>? receipt = null)
        where T : class
    {
        var checkedCommand = ActorGate.Command(command, actor);
        var state = await CurrentAsync();
        // A command is not recognised by its fingerprint here (a clerk recalls the same ticket
        // twice on purpose); a retry after a lost answer is the gateway's Idempotency-Key's to recognise.
        var context = await ContextAsync(actor, receipt?.Invoke(checkedCommand));
        var change = rule(state, checkedCommand, context);
        await CommitAsync(change, context);
        return ViewFor(_state!, actor!, context, change.LastTicket);
    }

    private async Task CommitAsync(QueueChange change, QueueContext context)
    {
        try
        {
            await repository.CommitAsync(change, RequestDeadline.On(TimeProvider.System));
        }
        catch (CaseVersionConflictException)
        {
            _mustReload = true;
            throw DomainException.Conflict("queue.concurrentChange", "The queue was changed meanwhile; reload it and try again.");
        }
        catch
        {
            _mustReload = true;
            throw;
        }

        _state = change.After;
        if (QueueAnnouncer.CallOf(change) is { } call)
        {
            // The call goes at once, and the board drawn right after it in the same message: a
            // display gets one message per call. It counts as the interval's board: the next goes
            // at the interval's end, and only if the picture changed by then.
            _sentBoard = QueueRules.Board(_state, context);
            _lastBoard = runtimeTime.GetUtcNow();
            QueueAnnouncer.PublishCall(publisher, call, _sentBoard);
            if (_lastBoard - _toldAt >= options.Value.BoardInterval)
            {
                // The point has not been told for an interval: its "排队" need not wait for the timer.
                TellFigures();
            }
        }

        BoardChanged(context);
    }

    /// <summary>
    /// The board goes to the hall, and the waiting figures to the point, at once when none went for
    /// <see cref="QueueOptions.BoardInterval"/>, otherwise at the end of it, from the state then: a
    /// busy point's many changes are one picture and one roll-up, while each call has gone already
    /// with the board after it (the board is not sent again while it shows the same picture).
    /// </summary>
    private void BoardChanged(QueueContext context)
    {
        _boardContext = context;
        if (_boardTimer is not null)
        {
            return;
        }

        var since = runtimeTime.GetUtcNow() - _lastBoard;
        var interval = options.Value.BoardInterval;
        if (since >= interval)
        {
            PublishBoard();
            return;
        }

        _boardTimer = this.RegisterGrainTimer(PublishBoardAsync, interval - since, Timeout.InfiniteTimeSpan);
    }

    private Task PublishBoardAsync(CancellationToken cancellationToken)
    {
        _boardTimer?.Dispose();
        _boardTimer = null;
        PublishBoard();
        return Task.CompletedTask;
    }

    private void PublishBoard()
    {
        _lastBoard = runtimeTime.GetUtcNow();
        if (_state is null || _boardContext is null)
        {
            return;
        }

        var board = QueueRules.Board(_state, _boardContext);
        if (!QueueAnnouncer.SamePicture(board, _sentBoard))
        {
            _sentBoard = board;
            QueueAnnouncer.PublishBoard(publisher, board);
        }

        TellFigures();
    }

    /// <summary>Tells the point the day's waiting figures, when they are not what it was told last.</summary>
    private void TellFigures()
    {
        var figures = QueueFigures.Of(_state!);
        if (figures != _toldFigures)
        {
            _toldFigures = figures;
            _toldAt = runtimeTime.GetUtcNow();
            QueueAnnouncer.TellPoint(GrainFactory, _state!.PointCode, figures);
        }
    }

    /// <summary>
    /// The staff's view: read, the whole day's tickets; a command's answer, the tickets in the hall
    /// now (waiting, called, serving) and the one it acted on — not the day's finished ones again at
    /// every click (the day, read, has them).
    /// </summary>
    private QueueView ViewFor(QueueState state, Actor actor, QueueContext context, string? actedOn = null) => new(
        state.PointCode,
        state.Date,
        QueueRules.Board(state, context).Categories,
        (actedOn is null ? state.Tickets : state.Tickets.Where(t => t.IsActive || t.Number == actedOn)).Select(t => t.ToView()).ToArray(),
        QueuePolicy.Allowed(state, actor, context),
        context.NoShowAfterCalls);

    /// <summary>
    /// The context: the point's profile; who is on duty at the windows <paramref name="actor"/>
    /// staffs as A or B clerk — the only windows a clerk can be on duty at, so the only duties the
    /// rules and the view's actions for this actor ask about (a director's and the kiosk's actions
    /// do not depend on duty); and whether a named receipt number is a matter of this point the
    /// actor can see.
    /// </summary>
    private async Task<QueueContext> ContextAsync(Actor? actor = null, string? receiptNumber = null)
    {
        var point = Key.Point;
        var profile = await GrainFactory.Reference<IServicePointGrain>(point.Value).GetProfile()
            ?? throw DomainException.NotFound("pointCode", "point.undefined", $"Service point {point} is not defined.");
        var staffed = actor is { Role: ActorRole.WindowClerk } && actor.PointCode == point.Value
            ? profile.Windows.Where(w => w.IsStaffedBy(actor.Id)).Select(w => w.Id).ToArray()
            : [];
        var duties = staffed.Length == 0
            ? []
            : await Task.WhenAll(staffed.Select(w => GrainFactory.Reference<IWindowGrain>($"{point.Value}/{w}").GetDuty()));
        var known = new HashSet<string>(StringComparer.Ordinal);
        if (actor is not null && !string.IsNullOrWhiteSpace(receiptNumber) && await IsMatterHereAsync(receiptNumber.Trim(), point, actor))
        {
            known.Add(receiptNumber.Trim());
        }

        var settings = options.Value;
        return new QueueContext(ChinaTime.Now(time), profile, duties.ToDictionary(d => d.WindowId, StringComparer.Ordinal), settings.NoShowAfterCalls, settings.DefaultServiceMinutes)
        {
            KnownMatters = known,
        };
    }

    private async Task<bool> IsMatterHereAsync(string receiptNumber, DivisionCode point, Actor actor)
    {
        try
        {
            if (ReceiptNumber.PointOf(receiptNumber) != point)
            {
                return false;
            }

            return await GrainFactory.Reference<IMatterGrain>(receiptNumber).Get(actor) is not null;
        }
        catch (DomainException)
        {
            return false;
        }
    }

    private async Task<QueueState> CurrentAsync()
    {
        if (_mustReload)
        {
            var (point, day) = Key;
            _state = await repository.LoadAsync(this.GetPrimaryKeyString()) ?? new QueueState(point.Value, day);
            _mustReload = false;
        }

        return _state!;
    }

}
