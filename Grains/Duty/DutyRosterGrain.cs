using Microsoft.Extensions.DependencyInjection;
using Network.Grains.Calendar;
using Network.Grains.Cases.Storage;
using Network.Grains.Duty.Rules;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Deadlines;
using Network.Grains.Interfaces.Duty;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Time;

namespace Network.Grains.Duty;

/// <summary>
/// A point's roster of one month: load, rules (<see cref="RosterRules"/>), commit, answer. Once
/// published it holds a durable reminder (every minute, while the month lasts) that asks the day's
/// attendance sheet to check its posts, so a vacant post (空岗) is found with nobody at the console.
/// </summary>
public sealed class DutyRosterGrain(
    RosterRepository repository,
    WorkingDayCalendarProvider calendar,
    [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider time) : Grain, IDutyRosterGrain, IRemindable
{
    public const string PostCheckReminder = "vacant-post-check";

    private RosterState? _state;
    private bool _mustReload = true;

    private string Key => this.GetPrimaryKeyString();

    public Task<RosterView> Draft(DraftRosterCommand command) => RunAsync(command, command?.Actor, RosterRules.Draft);

    public async Task<RosterView> Publish(PublishRosterCommand command)
    {
        var view = await RunAsync(command, command?.Actor, RosterRules.Publish);
        await this.RegisterOrUpdateReminder(PostCheckReminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        return view;
    }

    public async Task<RosterView> Get(Actor actor)
    {
        DutyPolicy.EnsureNotSystem(actor);
        var state = await CurrentAsync();
        if (DutyPolicy.CanRead(state.PointCode, actor) is { } refusal)
        {
            throw refusal;
        }

        return state.ToView(RosterRules.Allowed(state, actor, await ContextAsync(state.PointCode)));
    }

    public async Task<DutyDay> GetDay(DateOnly date)
    {
        var state = await CurrentAsync();
        var profile = await GrainFactory.GetGrain<IServicePointGrain>(state.PointCode).GetProfile();
        return RosterRules.DayOf(state, date, profile);
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        var state = await CurrentAsync();
        var today = ChinaTime.Today(time);
        var (first, last) = RosterRules.MonthOf(state.Month);
        if (today > last)
        {
            var reminder = await this.GetReminder(PostCheckReminder);
            if (reminder is not null)
            {
                await this.UnregisterReminder(reminder);
            }

            return;
        }

        if (today >= first && state.IsClosed)
        {
            await GrainFactory.GetGrain<IAttendanceUpkeepGrain>(DutyKeys.Attendance(state.PointCode, today)).CheckPosts();
        }
    }

    private async Task<RosterView> RunAsync<T>(T? command, Actor? actor, Func<RosterState, T, DutyContext, DutyChange<RosterState>> rule)
        where T : class
    {
        if (command is null)
        {
            throw DomainException.Invalid("command", "command.required", "A request body is required.");
        }

        DutyPolicy.EnsureNotSystem(actor);
        var state = await CurrentAsync();
        var context = await ContextAsync(state.PointCode);
        var change = rule(state, command, context);
        try
        {
            await repository.CommitAsync(Key, change, RequestDeadline.On(TimeProvider.System));
        }
        catch (CaseVersionConflictException)
        {
            _mustReload = true;
            throw DomainException.Conflict("roster.concurrentChange", $"The roster {Key} was changed meanwhile; reload it and try again.");
        }
        catch
        {
            _mustReload = true;
            throw;
        }

        _state = change.After;
        return _state.ToView(RosterRules.Allowed(_state, actor!, context));
    }

    private async Task<DutyContext> ContextAsync(string pointCode) =>
        new(ChinaTime.Now(time), calendar.Current, await GrainFactory.GetGrain<IServicePointGrain>(pointCode).GetProfile());

    private async Task<RosterState> CurrentAsync()
    {
        if (_mustReload)
        {
            var (point, month) = DutyKeys.ParseRoster(Key);
            _state = await repository.LoadAsync(Key) ?? RosterState.Empty(point, month);
            _mustReload = false;
        }

        return _state!;
    }
}
