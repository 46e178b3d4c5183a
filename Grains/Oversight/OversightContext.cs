using Network.Grains.Calendar;
using Network.Grains.Interfaces.Network;

namespace Network.Grains.Oversight;

/// <summary>
/// What the rules of complaints, supervision orders and accountability records may consult besides
/// the case itself, loaded by the grain before it asks them: the clock, the working-day calendar,
/// the profiles of the points concerned and, for a command that names another case, the facts of
/// that case (<see cref="Linked"/>). Plain data: the rules never call anything.
/// </summary>
public sealed record OversightContext(
    DateTimeOffset Now,
    WorkingDayCalendar Calendar,
    IReadOnlyDictionary<string, ServicePointProfile> Points)
{
    /// <summary>Fingerprint of the command being applied, kept on the state so a retry is recognised.</summary>
    public string? Fingerprint { get; init; }

    /// <summary>The case the command names (a complaint's matter, an order's target, a record's link), as stored; null when it does not exist.</summary>
    public LinkedCase? Linked { get; init; }

    public DateOnly Today => ChinaTime.DateOf(Now);

    public ServicePointProfile? Point(string code) => Points.GetValueOrDefault(code);
}
