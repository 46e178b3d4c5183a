using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Statistics;
using Network.Grains.Queries.Search;

namespace Network.Grains.Reports.Statistics;

/// <summary>
/// Who may read which statistics, and which queries are well formed, pure. Reach is the search's
/// (<see cref="SearchRules.EnsureScope"/>): a point the actor's jurisdiction reaches; a subtree only
/// for directors, the city monitor and the system. Refusals name their field.
/// </summary>
public static class StatisticsRules
{
    /// <summary>The earliest and latest day a report may be asked about.</summary>
    public static readonly DateOnly FirstDay = new(2000, 1, 1);

    public static readonly DateOnly LastDay = new(2099, 12, 31);

    /// <summary>The most days of history the monitor may ask for.</summary>
    public const int MaxHistoryDays = 92;

    public static PointScope EnsureScope(Actor? actor, StatisticsQuery? query)
    {
        query = query ?? throw DomainException.Invalid("query", "query.required", "A statistics query is required.");
        var scope = SearchRules.EnsureScope(actor, query.PointCode, query.Subtree);
        if (!Enum.IsDefined(query.Period))
        {
            throw DomainException.Invalid("period", "period.invalid", "period is one of day, week, month, quarter, year.");
        }

        if (!Enum.IsDefined(query.By))
        {
            throw DomainException.Invalid("by", "by.invalid", "by is one of none, point, window, item, clerk, day.");
        }

        if (query.Day < FirstDay || query.Day > LastDay)
        {
            throw DomainException.Invalid("day", "day.range", $"day is between {FirstDay:yyyy-MM-dd} and {LastDay:yyyy-MM-dd}.");
        }

        Optional(query.WindowId, "windowId");
        Optional(query.ItemId, "itemId");
        Optional(query.ClerkId, "clerkId");
        return scope;
    }

    /// <summary>The monitor's history: the subtree of a point for directors and the monitor, a clerk's own point; 1 to <see cref="MaxHistoryDays"/> days.</summary>
    public static PointScope EnsureHistory(Actor? actor, string? pointCode, string? windowId, int days)
    {
        var subtree = actor?.Role is ActorRole.CenterDirector or ActorRole.CityMonitor or ActorRole.System;
        var scope = SearchRules.EnsureScope(actor, pointCode, subtree);
        Optional(windowId, "windowId");
        if (days is < 1 or > MaxHistoryDays)
        {
            throw DomainException.Invalid("days", "days.range", $"days is 1 to {MaxHistoryDays}.");
        }

        return windowId is null ? scope : scope with { Subtree = false };
    }

    /// <summary>
    /// The point one tier below <paramref name="scope"/> that <paramref name="pointCode"/> lies in
    /// (a city's township, a township's village), or the scope's point itself.
    /// </summary>
    public static string ChildOf(PointScope scope, string pointCode) =>
        pointCode.Length > scope.PointCode.Length ? pointCode[..(scope.PointCode.Length + 3)] : scope.PointCode;

    private static void Optional(string? value, string field)
    {
        if (value is not null)
        {
            Require.Slug(value, field);
        }
    }
}
