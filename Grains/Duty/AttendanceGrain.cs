using Microsoft.Extensions.DependencyInjection;
using Network.Grains.Calendar;
using Network.Grains.Cases.Storage;
using Network.Grains.Duty.Rules;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Deadlines;
using Network.Grains.Interfaces.Duty;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Live;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Time;
using Network.Grains.Live;

namespace Network.Grains.Duty;

/// <summary>
/// A point's attendance sheet of one day: loads the sheet, the point's profile and the day of the
/// published roster, applies <see cref="AttendanceRules"/>, commits, then announces vacant posts
/// found or staffed again (<see cref="LiveKinds.VacantPost"/>) to the point and its city's monitor.
/// </summary>
public sealed class AttendanceGrain(
    AttendanceRepository repository,
    WorkingDayCalendarProvider calendar,
    [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider time) : Grain, IAttendanceGrain, IAttendanceUpkeepGrain
{
    private AttendanceState? _state;
    private bool _mustReload = true;

    private string Key => this.GetPrimaryKeyString();

    public Task<AttendanceView> ClockIn(Actor actor) => RunAsync(actor, AttendanceRules.ClockIn);

    public Task<AttendanceView> ClockOut(Actor actor) => RunAsync(actor, AttendanceRules.ClockOut);

    public async Task<AttendanceView> Get(Actor actor)
    {
        DutyPolicy.EnsureNotSystem(actor);
        var state = await CurrentAsync();
        if (DutyPolicy.CanRead(state.PointCode, actor) is { } refusal)
        {
            throw refusal;
        }

        return ViewFor(state, actor, await ContextAsync(state));
    }

    public async Task CheckPosts()
    {
        var state = await CurrentAsync();
        var context = await ContextAsync(state);
        var change = AttendanceRules.CheckPosts(state, context);
        if (!change.IsEmpty)
        {
            await CommitAsync(change);
        }
    }

    private async Task<AttendanceView> RunAsync(Actor? actor, Func<AttendanceState, Actor, DutyContext, DutyChange<AttendanceState>> rule)
    {
        DutyPolicy.EnsureNotSystem(actor);
        var state = await CurrentAsync();
        var context = await ContextAsync(state);
        var change = rule(state, actor!, context);
        await CommitAsync(change);
        return ViewFor(_state!, actor!, context);
    }

    private async Task CommitAsync(DutyChange<AttendanceState> change)
    {
        try
        {
            await repository.CommitAsync(Key, change, RequestDeadline.On(TimeProvider.System));
        }
        catch (CaseVersionConflictException)
        {
            _mustReload = true;
            throw DomainException.Conflict("attendance.concurrentChange", $"The attendance sheet {Key} was changed meanwhile; try again.");
        }
        catch
        {
            _mustReload = true;
            throw;
        }

        _state = change.After;
        Announce(change);
    }

    /// <summary>One-way: every vacant post found or staffed again, to the point's screens and its city's monitor.</summary>
    private void Announce(DutyChange<AttendanceState> change)
    {
        var publisher = ServiceProvider.GetRequiredService<LiveStatusPublisher>();
        foreach (var (row, after) in change.Steps.Where(s => s.Row.Action is AttendanceRules.VacantPostAction or AttendanceRules.PostStaffedAction))
        {
            var post = after.VacantPosts.Last(v => v.WindowId == row.WindowId && v.ShiftId == row.Detail);
            publisher.Publish(new LiveMessage(
                LiveKinds.VacantPost,
                [LiveGroups.Point(after.PointCode), LiveGroups.City(after.PointCode)],
                new VacantPostChanged(after.PointCode, post.WindowId, post.ShiftId, post.Since, Cleared: row.Action == AttendanceRules.PostStaffedAction)));
        }
    }

    private AttendanceView ViewFor(AttendanceState state, Actor actor, DutyContext context)
    {
        var allowed = new List<AttendanceAction>();
        if (DutyPolicy.Staff(state.PointCode, actor, context.Point) is null && state.Date == context.Today)
        {
            allowed.Add(state.OpenPunch(actor.Id) is null ? AttendanceAction.ClockIn : AttendanceAction.ClockOut);
        }

        return new AttendanceView(state.PointCode, state.Date, state.Punches, AttendanceRules.Findings(state, context), state.VacantPosts, allowed);
    }

    private async Task<DutyContext> ContextAsync(AttendanceState state)
    {
        var profile = GrainFactory.GetGrain<IServicePointGrain>(state.PointCode).GetProfile();
        var day = GrainFactory.GetGrain<IDutyRosterGrain>(DutyKeys.Roster(state.PointCode, state.Date)).GetDay(state.Date);
        return new DutyContext(ChinaTime.Now(time), calendar.Current, await profile) { Day = await day };
    }

    private async Task<AttendanceState> CurrentAsync()
    {
        if (_mustReload)
        {
            var (point, date) = DutyKeys.ParseAttendance(Key);
            _state = await repository.LoadAsync(Key) ?? AttendanceState.Empty(point, date);
            _mustReload = false;
        }

        return _state!;
    }
}
