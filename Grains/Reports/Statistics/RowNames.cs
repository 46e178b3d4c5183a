using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Statistics;
using Network.Grains.Queries.Search;

namespace Network.Grains.Reports.Statistics;

/// <summary>The names a report's rows show: a point's, a window's, an item's or a clerk's name, or its key when none is known.</summary>
public sealed class RowNames(PointScope scope, StatisticsBreakdown by, ClerkNames roster, IReadOnlyList<ServiceItem> items)
{
    /// <summary>The most point definitions a report reads for names; rows beyond show their codes.</summary>
    public const int MaxPointsRead = 500;

    public string Scope => roster.Point(scope.PointCode);

    public string Name(string key) => by switch
    {
        StatisticsBreakdown.Point => roster.Point(key),
        StatisticsBreakdown.Window => roster.Window(scope.PointCode, key),
        StatisticsBreakdown.Item => items.FirstOrDefault(i => i.Id == key)?.Name ?? key,
        StatisticsBreakdown.Clerk => roster.Clerk(key) ?? key,
        _ => key,
    };
}
