using Network.Grains.Interfaces.Cases;
using Orleans.Concurrency;

namespace Network.Grains.Interfaces.Duty;

/// <summary>
/// A point's duty roster of one month (值班表), keyed <c>{point code}/{yyyy-MM}</c>: drafted and
/// published by the point's director.
/// </summary>
public interface IDutyRosterGrain : IGrainWithStringKey
{
    Task<RosterView> Draft(DraftRosterCommand command);

    Task<RosterView> Publish(PublishRosterCommand command);

    /// <summary>The roster as the actor sees it (an empty draft when none was made).</summary>
    Task<RosterView> Get(Actor actor);

    /// <summary>
    /// One day of the published roster (nothing rostered while only a draft exists): public, for the
    /// hall. A pure read that interleaves, so an attendance sheet asked by this roster's reminder can
    /// ask for the day without a call cycle.
    /// </summary>
    [AlwaysInterleave]
    Task<DutyDay> GetDay(DateOnly date);
}
