using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Network.Grains.Calendar;
using Network.Grains.Cases;
using Network.Grains.Cases.Storage;
using Network.Grains.Interfaces.Appointments;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Deadlines;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Queue;
using Network.Grains.PersonalData;
using Network.Grains.Queue;
using Network.Grains.Appointments.Rules;

namespace Network.Grains.Appointments;

/// <summary>
/// A point's appointment book of one day (key <c>{point}/{yyyy-MM-dd}</c>): the spine only. Load
/// the book and the context (calendar, the point's profile, the item, the citizen's no-shows),
/// apply the pure rules, commit, answer. A check-in asks the day's queue for the booking's
/// priority ticket first (issued once per booking code, so a retry gets the same ticket) and then
/// records it. A durable reminder records the day's no-shows once slots have passed.
/// </summary>
public sealed class AppointmentBookGrain(
    AppointmentRepository repository,
    WorkingDayCalendarProvider calendar,
    PersonalDataProtector protector,
    IOptions<AppointmentOptions> options,
    [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider time) : Grain, IAppointmentBookGrain, IAppointmentUpkeepGrain, IRemindable
{
    private const string NoShowReminder = "appointment-no-shows";
    private AppointmentBookState? _state;
    private bool _mustReload = true;

    private (DivisionCode Point, DateOnly Day) Key => QueueKeys.Parse(this.GetPrimaryKeyString());

    public async Task<AppointmentDay> GetSlots()
    {
        var state = await CurrentAsync();
        var context = await ContextAsync();
        return new AppointmentDay(state.PointCode, state.Date, context.Calendar.IsWorkingDay(state.Date), AppointmentRules.Slots(state, context));
    }

    public async Task<AppointmentConfirmation> Book(BookAppointmentCommand command)
    {
        ActorGate.Command(command, command?.Actor);
        var state = await CurrentAsync();
        var context = await ContextAsync();
        // The phone is checked before it is looked up; the rules check everything else.
        var lookup = protector.Lookup(AppointmentRules.Phone(command!.Phone));
        var item = string.IsNullOrWhiteSpace(command.ItemId) ? null : await GrainFactory.GetGrain<ICatalogGrain>(state.PointCode).Find(command.ItemId.Trim());
        var since = context.Today.AddDays(-context.Options.NoShowMemoryDays);
        var noShows = await GrainFactory.GetGrain<ICitizenAttendanceGrain>(lookup).CountNoShows(since);
        context = context with { Item = item, PhoneLookup = lookup, CitizenNoShows = noShows, NewCode = BookingCode.New(state.Date) };
        var change = AppointmentRules.Book(state, command, context);
        await CommitAsync(change);
        await EnsureReminderAsync();
        return AppointmentRules.Confirmation(_state!, _state!.Bookings[^1], context);
    }

    public async Task<AppointmentConfirmation> Cancel(CancelAppointmentCommand command)
    {
        ActorGate.Command(command, command?.Actor);
        var state = await CurrentAsync();
        var context = await ContextAsync();
        var change = AppointmentRules.Cancel(state, command!, context);
        await CommitAsync(change);
        var booking = _state!.Find(change.Steps[^1].Row.Detail!)!;
        return AppointmentRules.Confirmation(_state, booking, context with { Item = await GrainFactory.GetGrain<ICatalogGrain>(state.PointCode).Find(booking.ItemId) });
    }

    public async Task<TicketSlip> CheckIn(CheckInCommand command)
    {
        ActorGate.Command(command, command?.Actor);
        var state = await CurrentAsync();
        var context = await ContextAsync();
        var booking = AppointmentRules.CheckCheckIn(state, command!, context);
        // The queue issues the ticket once per booking code: a check-in retried after a lost
        // answer, or after this commit failed, gets the same ticket.
        var slip = await GrainFactory.GetGrain<IQueueUpkeepGrain>(this.GetPrimaryKeyString()).IssueForAppointment(booking.Code, booking.WindowId);
        if (booking.Status == AppointmentStatus.Booked)
        {
            await CommitAsync(AppointmentRules.CheckIn(state, booking, slip.Number, command!.Actor.Id, context));
        }

        return slip;
    }

    public async Task<AppointmentBookView> Get(Actor actor)
    {
        ActorGate.EnsureNotSystem(actor);
        var state = await CurrentAsync();
        AppointmentPolicy.EnsureMayRead(state, actor);
        await RecordNoShows();
        var context = await ContextAsync();
        return new AppointmentBookView(_state!.PointCode, _state.Date, AppointmentRules.Slots(_state, context), _state.Bookings.Select(AppointmentRules.View).ToArray());
    }

    public async Task<int> RecordNoShows()
    {
        var state = await CurrentAsync();
        var context = await ContextAsync();
        var change = AppointmentRules.NoShows(state, context);
        if (change.IsEmpty)
        {
            return 0;
        }

        await CommitAsync(change);
        foreach (var step in change.Steps)
        {
            var booking = _state!.Find(step.Row.Detail!)!;
            await GrainFactory.GetGrain<ICitizenAttendanceGrain>(booking.PhoneLookup).RecordNoShow(booking.Code, _state.Date);
        }

        return change.Steps.Count;
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        await RecordNoShows();
        if (_state is { IsClosed: true })
        {
            if (await this.GetReminder(NoShowReminder) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }
        }
    }

    /// <summary>The day's no-show sweep: first an hour after the booked day began, then every hour until every booking is settled.</summary>
    private async Task EnsureReminderAsync()
    {
        var start = new DateTimeOffset(Key.Day.ToDateTime(new TimeOnly(9, 0)), ChinaTime.Offset);
        var due = start - time.GetUtcNow();
        await this.RegisterOrUpdateReminder(NoShowReminder, due > TimeSpan.FromMinutes(1) ? due : TimeSpan.FromMinutes(1), TimeSpan.FromHours(1));
    }

    private async Task CommitAsync(AppointmentChange change)
    {
        try
        {
            await repository.CommitAsync(change, RequestDeadline.On(TimeProvider.System));
        }
        catch (CaseVersionConflictException)
        {
            _mustReload = true;
            throw DomainException.Conflict("appointment.concurrentChange", "The appointment book was changed meanwhile; try again.");
        }
        catch
        {
            _mustReload = true;
            throw;
        }

        _state = change.After;
    }

    private async Task<AppointmentContext> ContextAsync()
    {
        await calendar.RefreshIfStaleAsync(GrainFactory, time);
        var point = Key.Point;
        var profile = await GrainFactory.GetGrain<IServicePointGrain>(point.Value).GetProfile()
            ?? throw DomainException.NotFound("pointCode", "point.undefined", $"Service point {point} is not defined.");
        return new AppointmentContext(ChinaTime.Now(time), calendar.Current, profile, options.Value);
    }

    private async Task<AppointmentBookState> CurrentAsync()
    {
        if (_mustReload)
        {
            var (point, day) = Key;
            _state = await repository.LoadAsync(this.GetPrimaryKeyString()) ?? new AppointmentBookState(point.Value, day);
            _mustReload = false;
        }

        return _state!;
    }

}
