using Network.Grains.Calendar;
using Network.Grains.Interfaces.Network;

namespace Network.Grains.Matters.Rules;

/// <summary>
/// What the matter's rules may consult besides the matter itself, loaded by the grain before it
/// asks them: the clock, the working-day calendar, and the profiles of the points concerned (the
/// actor's point, and any other a command names). Plain data: the rules never call anything.
/// </summary>
public sealed record MatterContext(
    DateTimeOffset Now,
    WorkingDayCalendar Calendar,
    IReadOnlyDictionary<string, ServicePointProfile> Points)
{
    /// <summary>Fingerprint of the command being applied, kept on the state so a retry is recognised.</summary>
    public string? Fingerprint { get; init; }

    public DateOnly Today => ChinaTime.DateOf(Now);

    public ServicePointProfile? Point(string code) => Points.GetValueOrDefault(code);
}
