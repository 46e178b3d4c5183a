using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Network.Grains.Calendar;
using Network.Grains.Interfaces;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Statistics;
using Network.Grains.Interfaces.Time;
using Network.Grains.Queries.Search;
using Network.Grains.Reports.Rollups;
using Orleans.Concurrency;

namespace Network.Grains.Reports.Statistics;

/// <summary>
/// Statistics and the monitor's history from the report rollups (<see cref="IReportRollupStore"/>),
/// never the ledger: a report is three sums (the period and the one before by row, the period by
/// day); names come from the points' definitions and the catalog. Holds no state.
/// </summary>
[StatelessWorker]
public sealed class StatisticsGrain(
    IReportRollupStore rollups,
    WorkingDayCalendarProvider calendars,
    [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider time) : Grain, IStatisticsGrain
{
    private static readonly string[] Flow = [RollupFigures.Received, RollupFigures.Completed, RollupFigures.Returned];

    public async Task<StatisticsReport> Read(Actor actor, StatisticsQuery query)
    {
        var scope = StatisticsRules.EnsureScope(actor, query);
        var (from, to) = StatisticsPeriods.Containing(query.Period, query.Day);
        var (previousFrom, previousTo) = StatisticsPeriods.Before(query.Period, from);
        var grouping = query.By switch
        {
            StatisticsBreakdown.Point => RollupGrouping.PointBelow,
            StatisticsBreakdown.Window => RollupGrouping.Window,
            StatisticsBreakdown.Item => RollupGrouping.Item,
            StatisticsBreakdown.Clerk => RollupGrouping.Clerk,
            StatisticsBreakdown.Day => RollupGrouping.Day,
            _ => RollupGrouping.None,
        };
        RollupQuery Sum(DateOnly f, DateOnly t, RollupGrouping by) => new(scope, f, t, by)
        {
            WindowId = query.WindowId,
            ItemId = query.ItemId,
            ClerkId = query.ClerkId,
        };

        var current = rollups.SumAsync(Sum(from, to, grouping));
        var previous = rollups.SumAsync(Sum(previousFrom, previousTo, grouping));
        var daily = rollups.SumAsync(Sum(from, to, RollupGrouping.Day) with { Figures = Flow, SumBuckets = true });
        var now = await current;
        var before = await previous;
        var byDay = await daily;

        string KeyOf(RollupSum s) => query.By == StatisticsBreakdown.Point ? StatisticsRules.ChildOf(scope, s.Group) : s.Group;
        var rows = new List<StatisticsRow>();
        var names = await NamesAsync(scope, query.By, now.Concat(before).Select(KeyOf));
        if (query.By != StatisticsBreakdown.None)
        {
            var currentRows = now.GroupBy(KeyOf).ToDictionary(g => g.Key, g => FigureTally.From(g));
            var previousRows = before.GroupBy(KeyOf).ToDictionary(g => g.Key, g => FigureTally.From(g));
            foreach (var key in currentRows.Keys.Union(previousRows.Keys).Order(StringComparer.Ordinal))
            {
                rows.Add(new StatisticsRow(key, names.Name(key), currentRows.GetValueOrDefault(key) ?? new StatisticsFigures(), previousRows.GetValueOrDefault(key) ?? new StatisticsFigures())
                {
                    CanNarrow = query.By == StatisticsBreakdown.Point && key != scope.PointCode,
                });
            }
        }

        var calendar = calendars.Current;
        return new StatisticsReport(
            query,
            names.Scope,
            from,
            to,
            previousFrom,
            previousTo,
            calendar.CountWorkingDays(from.AddDays(-1), to),
            calendar.CountWorkingDays(previousFrom.AddDays(-1), previousTo),
            FigureTally.From(now),
            FigureTally.From(before),
            rows,
            DaysOf(from, to, byDay));
    }

    public async Task<MonitorHistory> ReadHistory(Actor actor, string pointCode, bool subtree, string? windowId, int days)
    {
        var scope = StatisticsRules.EnsureHistory(actor, pointCode, subtree, windowId, days);
        var today = ChinaTime.Today(time);
        var first = today.AddDays(1 - days);
        var hours = rollups.SumAsync(new RollupQuery(scope, today, today, RollupGrouping.None)
        {
            WindowId = windowId,
            Figures = [RollupFigures.ReceivedHour, RollupFigures.ClosedHour],
        });
        var byDay = rollups.SumAsync(new RollupQuery(scope, first, today, RollupGrouping.Day) { WindowId = windowId, Figures = Flow, SumBuckets = true });
        var belowBy = windowId is not null ? RollupGrouping.None : scope.Subtree ? RollupGrouping.Point : RollupGrouping.Window;
        var below = rollups.SumAsync(new RollupQuery(scope, today, today, belowBy) { WindowId = windowId });
        var hourSums = await hours;
        var daySums = await byDay;
        var belowSums = await below;

        var hourly = Enumerable.Range(0, 24).Select(h =>
        {
            var bucket = h.ToString("00", CultureInfo.InvariantCulture);
            return new DayCount(bucket, Count(hourSums, RollupFigures.ReceivedHour, bucket), Count(hourSums, RollupFigures.ClosedHour, bucket));
        }).ToArray();
        var by = belowBy == RollupGrouping.Point ? StatisticsBreakdown.Point : StatisticsBreakdown.Window;
        string KeyOf(RollupSum s) => belowBy == RollupGrouping.Point ? StatisticsRules.ChildOf(scope, s.Group) : s.Group;
        var names = await NamesAsync(scope, by, belowSums.Select(KeyOf));
        var rows = belowBy == RollupGrouping.None
            ? []
            : belowSums.GroupBy(KeyOf).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new StatisticsRow(g.Key, names.Name(g.Key), FigureTally.From(g), new StatisticsFigures())
                {
                    CanNarrow = by == StatisticsBreakdown.Point && g.Key != scope.PointCode,
                })
                .ToArray();
        return new MonitorHistory(scope.PointCode, names.Scope, windowId, today, hourly, DaysOf(first, today, daySums), rows);
    }

    private static long Count(IEnumerable<RollupSum> sums, string figure, string bucket) =>
        sums.Where(s => s.Figure == figure && s.Bucket == bucket).Sum(s => s.Count);

    private static DayCount[] DaysOf(DateOnly from, DateOnly to, IReadOnlyList<RollupSum> sums)
    {
        var days = new List<DayCount>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var label = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var of = sums.Where(s => s.Group == label).ToArray();
            days.Add(new DayCount(label, of.Where(s => s.Figure == RollupFigures.Received).Sum(s => s.Count), of.Where(s => s.Figure != RollupFigures.Received).Sum(s => s.Count)));
        }

        return days.ToArray();
    }

    /// <summary>Names of the scope and of the rows: points and windows from the points' definitions, items from the catalog, clerks from the rosters.</summary>
    private async Task<RowNames> NamesAsync(PointScope scope, StatisticsBreakdown by, IEnumerable<string> keys)
    {
        var distinct = keys.Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        var points = by == StatisticsBreakdown.Point ? distinct.Append(scope.PointCode) : [scope.PointCode];
        var roster = await ClerkNames.ReadAsync(GrainFactory, points.Take(RowNames.MaxPointsRead));
        IReadOnlyList<ServiceItem> items = by == StatisticsBreakdown.Item
            ? await GrainFactory.Reference<ICatalogGrain>(scope.PointCode).List()
            : [];
        return new RowNames(scope, by, roster, items);
    }
}
