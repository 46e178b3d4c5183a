using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Statistics;
using Network.Grains.Reports.Statistics;
using static Network.Grains.Tests.Rules.RuleFixture;

namespace Network.Grains.Tests.Reports;

/// <summary>Who may read which statistics, well-formed queries, and the periods compared, without a cluster.</summary>
public sealed class StatisticsRulesTests
{
    private static readonly DateOnly Day = new(2026, 10, 14);

    [Fact]
    public void A_report_of_a_point_outside_the_actors_jurisdiction_is_refused()
    {
        var otherTownship = Assert.Throws<DomainException>(() => StatisticsRules.EnsureScope(TownClerk(), new StatisticsQuery(OtherTownship, StatisticsPeriod.Month, Day)));
        var city = Assert.Throws<DomainException>(() => StatisticsRules.EnsureScope(Director, new StatisticsQuery(City, StatisticsPeriod.Month, Day) { Subtree = true }));
        var history = Assert.Throws<DomainException>(() => StatisticsRules.EnsureHistory(Director, OtherTownship, null, 30));

        Assert.All([otherTownship, city, history], e => Assert.Equal((DomainErrorKind.Forbidden, "auth.jurisdiction", "pointCode"), (e.Kind, e.Code, e.Field)));
        Assert.Equal(Village, StatisticsRules.EnsureScope(Director, new StatisticsQuery(Village, StatisticsPeriod.Month, Day)).PointCode);
        Assert.True(StatisticsRules.EnsureScope(CityMonitor, new StatisticsQuery(City, StatisticsPeriod.Month, Day) { Subtree = true }).Subtree);
    }

    [Fact]
    public void A_window_clerk_may_not_read_the_points_below_their_own()
    {
        var refused = Assert.Throws<DomainException>(() => StatisticsRules.EnsureScope(TownClerk(), new StatisticsQuery(Township, StatisticsPeriod.Month, Day) { Subtree = true }));

        Assert.Equal((DomainErrorKind.Forbidden, "subtree"), (refused.Kind, refused.Field));
        Assert.False(StatisticsRules.EnsureHistory(TownClerk(), Township, null, 30).Subtree);
    }

    [Theory]
    [InlineData("period")]
    [InlineData("by")]
    [InlineData("day")]
    [InlineData("windowId")]
    [InlineData("clerkId")]
    [InlineData("pointCode")]
    public void A_malformed_statistics_query_is_refused_naming_its_field(string field)
    {
        var good = new StatisticsQuery(Township, StatisticsPeriod.Month, Day);
        var bad = field switch
        {
            "period" => good with { Period = (StatisticsPeriod)9 },
            "by" => good with { By = (StatisticsBreakdown)9 },
            "day" => good with { Day = new DateOnly(1999, 12, 31) },
            "windowId" => good with { WindowId = "民政" },
            "clerkId" => good with { ClerkId = "A B" },
            _ => good with { PointCode = "33018" },
        };

        var refused = Assert.Throws<DomainException>(() => StatisticsRules.EnsureScope(Director, bad));

        Assert.Equal((DomainErrorKind.Invalid, field), (refused.Kind, refused.Field));
        Assert.Throws<DomainException>(() => StatisticsRules.EnsureScope(null, good));
        Assert.Equal("days", Assert.Throws<DomainException>(() => StatisticsRules.EnsureHistory(Director, Township, null, 0)).Field);
    }

    [Fact]
    public void Each_period_is_compared_with_the_period_of_the_same_kind_before_it()
    {
        Assert.Equal(((Day, Day), (Day.AddDays(-1), Day.AddDays(-1))), Pair(StatisticsPeriod.Day, Day));
        // Wed 14 Oct 2026: the week Mon 12 – Sun 18, the one before Mon 5 – Sun 11.
        Assert.Equal(((new DateOnly(2026, 10, 12), new DateOnly(2026, 10, 18)), (new DateOnly(2026, 10, 5), new DateOnly(2026, 10, 11))), Pair(StatisticsPeriod.Week, Day));
        Assert.Equal(((new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)), (new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 30))), Pair(StatisticsPeriod.Month, Day));
        Assert.Equal(((new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31)), (new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30))), Pair(StatisticsPeriod.Quarter, Day));
        Assert.Equal(((new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), (new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31))), Pair(StatisticsPeriod.Year, Day));
        Assert.Equal((new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28)), StatisticsPeriods.Before(StatisticsPeriod.Month, new DateOnly(2026, 3, 1)));

        static ((DateOnly, DateOnly), (DateOnly, DateOnly)) Pair(StatisticsPeriod period, DateOnly day)
        {
            var current = StatisticsPeriods.Containing(period, day);
            return (current, StatisticsPeriods.Before(period, current.From));
        }
    }

    [Fact]
    public void A_point_breakdown_folds_every_point_into_the_one_a_tier_below_the_scope()
    {
        var city = new Queries.Search.PointScope(City, true);

        Assert.Equal(Township, StatisticsRules.ChildOf(city, Village));
        Assert.Equal(Township, StatisticsRules.ChildOf(city, Township));
        Assert.Equal(City, StatisticsRules.ChildOf(city, City));
        Assert.Equal(Village, StatisticsRules.ChildOf(new Queries.Search.PointScope(Township, true), Village));
    }
}
