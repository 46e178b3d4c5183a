using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Statistics;
using Network.Grains.Tests.Flows;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using static Network.Grains.Tests.Infrastructure.TestNetwork;
using static Network.Grains.Tests.Reports.ReportData;

namespace Network.Grains.Tests.Reports;

/// <summary>
/// The statistics grain on PostgreSQL over a small known data set across National Day 2026 (1–7 Oct
/// off, Sat 10 Oct a make-up workday): figures of a week against the week before, rows by clerk and
/// window, the monitor's history, and the refusal of a point beyond the caller's reach.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class StatisticsTests(PostgresFixture db)
{
    private static readonly DateOnly Eve = new(2026, 9, 30);

    [Fact]
    public async Task A_weeks_figures_are_read_from_the_rollups_and_compared_with_the_week_before()
    {
        await using var flow = await FlowCluster.StartAsync(db, Eve);
        await KnownSetAsync(flow);
        var statistics = flow.Grains.GetGrain<IStatisticsGrain>(0);

        var week = await statistics.Read(Director, new StatisticsQuery(Township, StatisticsPeriod.Week, new DateOnly(2026, 10, 14)) { By = StatisticsBreakdown.Clerk });

        Assert.Equal((new DateOnly(2026, 10, 12), new DateOnly(2026, 10, 18), new DateOnly(2026, 10, 5), new DateOnly(2026, 10, 11)), (week.From, week.To, week.PreviousFrom, week.PreviousTo));
        // The week before has the holiday's last three days and the make-up Saturday.
        Assert.Equal((5, 3), (week.WorkingDays, week.PreviousWorkingDays));
        var t = week.Total;
        Assert.Equal((0L, 3L, 2L, 1L, 2L), (t.Received, t.Completed, t.OnTime, t.Late, t.Overdue));
        Assert.Equal(2.0 / 3, t.OnTimeRate!.Value, 6);
        // A: 5 working days (30 Sep → 13 Oct), B: 6, D: 2 (9 Oct → Sat 10, Mon 12).
        Assert.Equal((13.0 / 3, 6), (t.AverageWorkingDays!.Value, t.WorkingDaysP90!.Value));
        Assert.Equal((1L, 1L, 0L), (week.PreviousTotal.Received, week.PreviousTotal.Accepted, week.PreviousTotal.Completed));
        Assert.Equal([(ClerkB, "李娜", 1L), (ClerkA, "张丽", 2L)], week.Rows.Select(r => (r.Key, r.Name, r.Figures.Completed)));
        Assert.Equal([("2026-10-12", 0L, 1L), ("2026-10-13", 0L, 1L), ("2026-10-14", 0L, 1L)], week.Days.Where(x => x.Closed > 0).Select(x => (x.Label, x.Received, x.Closed)));

        var september = await statistics.Read(MonitorActor, new StatisticsQuery(City, StatisticsPeriod.Month, Eve) { Subtree = true, By = StatisticsBreakdown.Point });
        Assert.Equal((4L, 1L, 1L, 0), (september.Total.Received, september.Total.Completed, september.Total.OnTime, september.Total.WorkingDaysP90!.Value));
        Assert.Equal([(Township, "测试镇便民服务中心", 4L, true)], september.Rows.Select(r => (r.Key, r.Name, r.Figures.Received, r.CanNarrow)));

        var byWindow = await statistics.Read(Director, new StatisticsQuery(Township, StatisticsPeriod.Quarter, Eve.AddDays(1)) { By = StatisticsBreakdown.Window });
        Assert.Equal([(CivilAffairs, "民政窗口", 3L)], byWindow.Rows.Select(r => (r.Key, r.Name, r.Figures.Completed)));
        Assert.Equal((1L, 4L), (byWindow.Total.Received, byWindow.PreviousTotal.Received));
    }

    [Fact]
    public async Task The_monitor_reads_today_by_hour_and_the_last_days_from_the_rollups_and_narrows_to_a_point()
    {
        await using var flow = await FlowCluster.StartAsync(db, Eve);
        await KnownSetAsync(flow);
        var statistics = flow.Grains.GetGrain<IStatisticsGrain>(0);

        var city = await statistics.ReadHistory(MonitorActor, City, true, null, 30);
        var window = await statistics.ReadHistory(MonitorActor, Township, true, CivilAffairs, 30);

        Assert.Equal(new DateOnly(2026, 10, 14), city.Today);
        Assert.Equal(24, city.Hours.Count);
        Assert.Equal(("09", 0L, 1L), (city.Hours[9].Label, city.Hours[9].Received, city.Hours[9].Closed));
        Assert.Equal(30, city.Days.Count);
        Assert.Equal(4L, city.Days.Single(x => x.Label == "2026-09-30").Received);
        Assert.Equal([(Township, 1L)], city.Below.Select(r => (r.Key, r.Figures.Completed)));
        Assert.Equal((CivilAffairs, 1L), (window.WindowId, window.Hours.Sum(h => h.Closed)));
        var township = await statistics.ReadHistory(MonitorActor, Township, false, null, 30);
        Assert.Equal([(CivilAffairs, "民政窗口", 1L)], township.Below.Select(r => (r.Key, r.Name, r.Figures.Completed)));
    }

    [Fact]
    public async Task The_statistics_grain_refuses_a_point_outside_the_callers_jurisdiction()
    {
        await using var flow = await FlowCluster.StartAsync(db, Eve);
        var statistics = flow.Grains.GetGrain<IStatisticsGrain>(0);

        var report = await Assert.ThrowsAsync<DomainException>(() => statistics.Read(TownClerk(ClerkA), new StatisticsQuery(City, StatisticsPeriod.Month, Eve)));
        var subtree = await Assert.ThrowsAsync<DomainException>(() => statistics.Read(TownClerk(ClerkA), new StatisticsQuery(Township, StatisticsPeriod.Month, Eve) { Subtree = true }));
        var history = await Assert.ThrowsAsync<DomainException>(() => statistics.ReadHistory(VillageClerk(VillageClerkA), Township, true, null, 30));

        Assert.Equal((DomainErrorKind.Forbidden, "pointCode"), (report.Kind, report.Field));
        Assert.Equal((DomainErrorKind.Forbidden, "subtree"), (subtree.Kind, subtree.Field));
        Assert.Equal((DomainErrorKind.Forbidden, "pointCode"), (history.Kind, history.Field));
    }

    [Fact]
    public async Task Satisfaction_is_counted_under_the_item_of_the_rated_matter()
    {
        await using var flow = await FlowCluster.StartAsync(db, Eve);
        var card = NewReceipt(flow.Today);
        var cardView = await flow.Grains.GetGrain<IMatterGrain>(card).Accept(IntakeFor(Person("陈静", 61), SeniorCard, "居民身份证", "一寸照片"));
        flow.Clock.Advance(TimeSpan.FromMinutes(1));
        var allowance = NewReceipt(flow.Today);
        var allowanceView = await flow.Grains.GetGrain<IMatterGrain>(allowance).Accept(IntakeFor(Person("王秀英", 62), Allowance, AllowanceMaterials));
        await flow.Grains.GetGrain<IMatterGrain>(allowance).Complete(new CompleteCommand(TownClerk(ClerkA), "准予"));
        await RateAsync(flow, card, cardView.ProgressCode, Interfaces.Ratings.RatingLevel.VerySatisfied);
        await RateAsync(flow, allowance, allowanceView.ProgressCode, Interfaces.Ratings.RatingLevel.Dissatisfied);
        var statistics = flow.Grains.GetGrain<IStatisticsGrain>(0);

        var byItem = await statistics.Read(Director, new StatisticsQuery(Township, StatisticsPeriod.Month, Eve) { By = StatisticsBreakdown.Item });
        var total = await statistics.Read(Director, new StatisticsQuery(Township, StatisticsPeriod.Month, Eve));

        Assert.Equal(
            [(Allowance, 1L, 0L, 1L), (SeniorCard, 1L, 1L, 0L)],
            byItem.Rows.Select(r => (r.Key, r.Figures.Ratings, r.Figures.RatingsSatisfied, r.Figures.RatingsBad)));
        Assert.Equal(0.5, total.Total.Satisfaction!.Value, 6);
    }

    private static Task RateAsync(FlowCluster flow, string receipt, string? progressCode, Interfaces.Ratings.RatingLevel level) =>
        flow.Grains.GetGrain<Interfaces.Ratings.IRatingGrain>(Interfaces.Ratings.RatingIds.Closing(receipt)).RateAfterClosing(new Interfaces.Ratings.RateAfterClosingCommand(
            null, ProgressProof.Of(progressCode, null), new Interfaces.Ratings.RatingSubmission(level, [], null, false), Interfaces.Ratings.RatingChannel.ProgressPage));

    /// <summary>
    /// 30 Sep: A, B, C (5 working days each, due 13 Oct) and an immediate senior card; 9 Oct: D
    /// (due 15 Oct). 12 Oct D completed, 13 Oct A (by the B clerk), 14 Oct B (late); C flagged red on 14 Oct.
    /// </summary>
    private static async Task<(string A, string B, string C, string D)> KnownSetAsync(FlowCluster flow)
    {
        var a = await TakeInAsync(flow, Person("王秀英", 51), Allowance, AllowanceMaterials);
        var b = await TakeInAsync(flow, Person("李娜", 52), Allowance, AllowanceMaterials);
        var c = await TakeInAsync(flow, Person("张伟", 53), Allowance, AllowanceMaterials);
        await TakeInAsync(flow, Person("陈静", 54), SeniorCard, "居民身份证", "一寸照片");
        flow.SetDay(new DateOnly(2026, 10, 9));
        var d = await TakeInAsync(flow, Person("孙丽", 55), Allowance, AllowanceMaterials);
        flow.SetDay(new DateOnly(2026, 10, 12));
        await flow.Grains.GetGrain<IMatterGrain>(d).Complete(new CompleteCommand(TownClerk(ClerkA), "准予"));
        flow.SetDay(new DateOnly(2026, 10, 13));
        await flow.Grains.GetGrain<IMatterGrain>(a).Complete(new CompleteCommand(TownClerk(ClerkB), "准予"));
        flow.SetDay(new DateOnly(2026, 10, 14));
        await flow.Grains.GetGrain<IMatterGrain>(b).Complete(new CompleteCommand(TownClerk(ClerkA), "准予"));
        Assert.Equal(FlagLevel.Red, (await flow.Grains.GetGrain<IMatterGrain>(c).CheckDeadlines(Director))!.Flag);
        return (a, b, c, d);
    }

    private static async Task<string> TakeInAsync(FlowCluster flow, Interfaces.Citizens.Citizen citizen, string item, params string[] materials)
    {
        flow.Clock.Advance(TimeSpan.FromMinutes(1));
        var receipt = NewReceipt(flow.Today);
        await flow.Grains.GetGrain<IMatterGrain>(receipt).Accept(IntakeFor(citizen, item, materials));
        return receipt;
    }
}
