using Network.Grains.Calendar;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Network;

namespace Network.Grains.Matters.Rules;

/// <summary>
/// What the matter's rules may consult besides the matter itself, loaded by the grain before it
/// asks them: the clock, the working-day calendar, the profiles of the points concerned (the
/// actor's point, and any other a command names) and, for a matter awaiting a decision, the item
/// of the holding point's catalog that decides it. Plain data: the rules never call anything.
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

    /// <summary>
    /// The items that decide matters at the points holding them, keyed by <see cref="DecidingKey"/>
    /// (the holding point and the matter's own item id): the item of that point's catalog with the
    /// matter's item id, or with the id the item of intake is decided as (<see cref="ServiceItem.DecidedAs"/>).
    /// A key that is absent: that point's catalog names no item that decides it.
    /// </summary>
    public IReadOnlyDictionary<string, ServiceItem> DecidingItems { get; init; } = System.Collections.ObjectModel.ReadOnlyDictionary<string, ServiceItem>.Empty;

    public static string DecidingKey(string pointCode, string itemId) => pointCode + "/" + itemId;

    /// <summary>The item of <paramref name="pointCode"/>'s catalog that decides matters of <paramref name="itemId"/>, if it names one.</summary>
    public ServiceItem? DecidingItem(string pointCode, string itemId) => DecidingItems.GetValueOrDefault(DecidingKey(pointCode, itemId));
}
