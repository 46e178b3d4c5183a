using Microsoft.Extensions.Logging;
using Network.Grains.Interfaces.Calendar;
using Network.Grains.Interfaces.Errors;

namespace Network.Grains.Calendar;

/// <summary>
/// The run-time holiday schedules. Not on any hot path: silos copy them into their local
/// <see cref="WorkingDayCalendarProvider"/> at most once a minute.
/// </summary>
public sealed class CalendarGrain(
    [PersistentState("calendar", StorageNames.Network)] IPersistentState<CalendarState> state,
    WorkingDayCalendarProvider provider,
    ILogger<CalendarGrain> logger) : Grain, ICalendarGrain
{
    public async Task Publish(HolidaySchedule schedule)
    {
        if (schedule is null)
        {
            throw DomainException.Invalid("schedule", "schedule.required", "A holiday schedule is required.");
        }

        try
        {
            schedule.Validate();
        }
        catch (ArgumentException e)
        {
            throw DomainException.Invalid("schedule." + char.ToLowerInvariant(e.ParamName?[0] ?? 's') + e.ParamName?[1..], "schedule.invalid", e.Message);
        }

        state.State.Schedules.RemoveAll(s => s.Year == schedule.Year);
        state.State.Schedules.Add(schedule);
        await state.WriteStateAsync();
        provider.Add(schedule);
        logger.LogInformation("Holiday schedule of {Year} loaded ({Source}): {Holidays} holidays, {Workdays} make-up workdays", schedule.Year, schedule.Source, schedule.Holidays.Count, schedule.Workdays.Count);
    }

    public Task<IReadOnlyList<HolidaySchedule>> GetSchedules() =>
        Task.FromResult<IReadOnlyList<HolidaySchedule>>(state.State.Schedules.ToArray());
}
