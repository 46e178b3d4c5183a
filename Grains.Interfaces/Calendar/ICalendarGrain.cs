namespace Network.Grains.Interfaces.Calendar;

/// <summary>
/// The holiday schedules an administrator loaded after the build (each new year's as soon as the
/// State Council publishes it). Key: <c>CN</c>. Silos read it when they start and refresh it
/// periodically; the silo that takes a new schedule uses it at once.
/// </summary>
public interface ICalendarGrain : IGrainWithStringKey
{
    /// <summary>Adds or replaces a year's schedule, after validating it.</summary>
    Task Publish(HolidaySchedule schedule);

    /// <summary>Every schedule loaded at run time.</summary>
    Task<IReadOnlyList<HolidaySchedule>> GetSchedules();
}
