using Microsoft.Extensions.DependencyInjection;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Complaints;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Queue;
using Network.Grains.Interfaces.Ratings;
using Network.Grains.Queue;
using Network.Grains.Reports.Rollups;
using Network.Grains.Tests.Flows;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using Npgsql;
using static Network.Grains.Tests.Infrastructure.TestNetwork;
using static Network.Grains.Tests.Reports.ReportData;

namespace Network.Grains.Tests.Reports;

/// <summary>
/// The report rollups on PostgreSQL: kept with every commit, they equal a recount of every case
/// rebuilt from its ledger; cases committed before the rollups existed are counted once by the backfill.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class RollupTests(PostgresFixture db)
{
    /// <summary>Wed 30 Sep 2026, the eve of National Day (1–7 Oct off, Sat 10 Oct a make-up workday).</summary>
    private static readonly DateOnly Eve = new(2026, 9, 30);

    private static readonly Actor Kiosk = new("kiosk:" + Township, ActorRole.Citizen, Township);

    [Fact]
    public async Task Rollups_equal_a_recount_from_the_ledger_after_a_mixed_flow()
    {
        await using var flow = await FlowCluster.StartAsync(db, Eve);
        await MixedFlowAsync(flow);

        var expected = await RecountFromLedgerAsync(flow);
        var stored = await StoredRollupsAsync(flow);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, stored);
        foreach (var figure in new[] { RollupFigures.Received, RollupFigures.Accepted, RollupFigures.Completed, RollupFigures.OnTime, RollupFigures.Late, RollupFigures.Overdue, RollupFigures.Returned, RollupFigures.Supplements, RollupFigures.HandedUp, RollupFigures.DaysUsed, RollupFigures.Ticket, RollupFigures.Waited, RollupFigures.Complaint, RollupFigures.ReceivedHour, RollupFigures.ClosedHour })
        {
            Assert.Contains(stored, f => f.Figure == figure && f.Count > 0);
        }
    }

    [Fact]
    public async Task Cases_committed_before_the_rollups_existed_are_counted_once_by_the_backfill()
    {
        await using var flow = await FlowCluster.StartAsync(db, Eve);
        var open = await MixedFlowAsync(flow);
        // As if the rollups had arrived after these cases: none counted, every case pending.
        await ExecuteAsync(flow, "DELETE FROM report_rollup");
        await ExecuteAsync(flow, "INSERT INTO report_rollup_pending (kind, case_id) SELECT kind, case_id FROM case_record WHERE kind IN ('matter', 'rating', 'complaint', 'queue')");

        // A pending case's commit adds nothing: its facts come whole with the backfill.
        await flow.Grains.GetGrain<IMatterGrain>(open).Complete(new CompleteCommand(TownClerk(ClerkA), "准予"));
        Assert.Empty(await StoredRollupsAsync(flow));

        var backfill = flow.Cluster.Silos[0].ServiceProvider.GetRequiredService<RollupBackfill>();
        var counted = await backfill.RunAsync();
        var again = await backfill.RunAsync();

        Assert.Equal(await flow.CountAsync("SELECT count(*) FROM case_record WHERE kind IN ('matter', 'rating', 'complaint', 'queue')"), counted);
        Assert.Equal(0, again);
        Assert.Equal(0, await flow.CountAsync("SELECT count(*) FROM report_rollup_pending"));
        Assert.Equal(await RecountFromLedgerAsync(flow), await StoredRollupsAsync(flow));

        // Counted: the next commit adds its difference.
        await flow.Grains.GetGrain<IMatterGrain>(NewReceipt(flow.Today)).Accept(IntakeFor(Person("周杰", 40), SeniorCard, "居民身份证", "一寸照片"));
        Assert.Equal(await RecountFromLedgerAsync(flow), await StoredRollupsAsync(flow));
    }

    [Fact]
    public async Task The_rollups_at_a_points_level_are_the_daily_rollups_summed_and_reports_read_the_same_sums_from_them()
    {
        await using var flow = await FlowCluster.StartAsync(db, Eve);
        await MixedFlowAsync(flow);

        // Each coarser table is exactly the daily rollup summed over window, item and clerk (by day, by month).
        foreach (var (coarse, key) in new[]
        {
            ("SELECT city, figure, day, point_code, bucket, n FROM report_rollup_point_day WHERE n <> 0", "city, figure, day, point_code, bucket"),
            ("SELECT city, month, point_code, figure, bucket, n FROM report_rollup_point_month WHERE n <> 0", "city, date_trunc('month', day)::date AS month, point_code, figure, bucket"),
        })
        {
            var summed = $"SELECT {key}, sum(n)::bigint FROM report_rollup GROUP BY 1, 2, 3, 4, 5 HAVING sum(n) <> 0";
            Assert.True(await flow.CountAsync($"SELECT count(*) FROM ({coarse}) c") > 0, coarse);
            Assert.Equal(0, await flow.CountAsync($"SELECT count(*) FROM (({coarse} EXCEPT ALL {summed}) UNION ALL ({summed} EXCEPT ALL {coarse})) d"));
        }

        // A whole month of the city's subtree by point comes from the months; the flow by day from the days; both equal the daily rollup's sums.
        var facts = await StoredRollupsAsync(flow);
        await using var dataSource = NpgsqlDataSource.Create(flow.ConnectionString);
        var store = new PostgresReportRollupStore(dataSource, flow.Clock);
        var (from, to) = (new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 31));
        var months = new RollupQuery(new Queries.Search.PointScope(City, Subtree: true), from, to, RollupGrouping.Point);
        var days = new RollupQuery(new Queries.Search.PointScope(Township, Subtree: true), from, to, RollupGrouping.Day) { Figures = [RollupFigures.Received, RollupFigures.Completed, RollupFigures.Returned] };
        var detail = months with { WindowId = CivilAffairs };

        Assert.Equal(("report_rollup_point_month", "report_rollup_point_day", "report_rollup"), (PostgresReportRollupStore.Source(months).Table, PostgresReportRollupStore.Source(days).Table, PostgresReportRollupStore.Source(detail).Table));
        Assert.Equal(
            Sums(facts.Where(f => f.Day >= from && f.Day <= to), f => f.PointCode),
            Sorted(await store.SumAsync(months)));
        // Rows by the point a tier below (the village's matters under its township), summed in the database.
        Assert.Equal("report_rollup_point_month", PostgresReportRollupStore.Source(months with { By = RollupGrouping.PointBelow }).Table);
        Assert.Equal(
            Sums(facts.Where(f => f.Day >= from && f.Day <= to), f => f.PointCode.Length > City.Length ? f.PointCode[..(City.Length + 3)] : f.PointCode),
            Sorted(await store.SumAsync(months with { By = RollupGrouping.PointBelow })));
        Assert.Equal(
            Sums(facts.Where(f => f.Day >= from && f.Day <= to && f.PointCode.StartsWith(Township, StringComparison.Ordinal) && days.Figures!.Contains(f.Figure)), f => f.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            Sorted(await store.SumAsync(days)));
        Assert.Equal(
            Sums(facts.Where(f => f.Day >= from && f.Day <= to && f.WindowId == CivilAffairs), f => f.PointCode),
            Sorted(await store.SumAsync(detail)));

        static RollupSum[] Sums(IEnumerable<RollupFact> facts, Func<RollupFact, string> group) =>
            Sorted(facts.GroupBy(f => (Group: group(f), f.Figure, f.Bucket)).Select(g => new RollupSum(g.Key.Group, g.Key.Figure, g.Key.Bucket, g.Sum(f => f.Count))).Where(s => s.Count != 0));

        static RollupSum[] Sorted(IEnumerable<RollupSum> sums) =>
            sums.OrderBy(s => s.Group, StringComparer.Ordinal).ThenBy(s => s.Figure, StringComparer.Ordinal).ThenBy(s => s.Bucket, StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// Every kind that counts: immediate, promised (on time, late, returned, overdue and flagged, open),
    /// a supplement then supplied, a village matter handed up, a joint matter, a rating, a complaint,
    /// queue tickets called. Returns an open promised matter's receipt number.
    /// </summary>
    internal static async Task<string> MixedFlowAsync(FlowCluster flow)
    {
        var queue = flow.Grains.GetGrain<IQueueGrain>(QueueKeys.Of(DivisionCode.Parse(Township), flow.Today));
        await queue.Issue(new IssueTicketCommand(Kiosk, CivilAffairs, TicketPriority.None));
        await queue.Issue(new IssueTicketCommand(Kiosk, CivilAffairs, TicketPriority.None));
        flow.Clock.Advance(TimeSpan.FromMinutes(7));
        await queue.CallNext(new CallNextCommand(TownClerk(ClerkA), CivilAffairs));

        var immediateReceipt = NewReceipt(flow.Today);
        var immediate = await flow.Grains.GetGrain<IMatterGrain>(immediateReceipt).Accept(IntakeFor(Person("陈静", 1), SeniorCard, "居民身份证", "一寸照片"));
        var onTime = await TakeInAsync(flow, Person("王秀英", 2), Allowance, AllowanceMaterials);
        var late = await TakeInAsync(flow, Person("李娜", 3), Allowance, AllowanceMaterials);
        var returned = await TakeInAsync(flow, Person("张伟", 4), Allowance, AllowanceMaterials);
        var overdue = await TakeInAsync(flow, Person("刘洋", 5), Allowance, AllowanceMaterials);
        var supplement = await TakeInAsync(flow, Person("赵敏", 6), Allowance, "居民身份证");
        var open = await TakeInAsync(flow, Person("孙丽", 7), Allowance, AllowanceMaterials);
        var village = NewReceipt(flow.Today, Village);
        await flow.Grains.GetGrain<IMatterGrain>(village).Accept(VillageIntake(Homestead, "居民身份证", "户口簿") with { Citizen = Person("钱进", 8) });
        await flow.Grains.GetGrain<IMatterGrain>(village).HandUp(new HandUpCommand(VillageClerk(VillageClerkA), ProxyAgent, "村民委托代办"));
        var joint = await TakeInAsync(flow, Person("吴昊", 9), NewHouse, NewHouseMaterials);

        await flow.Grains.GetGrain<IRatingGrain>(RatingIds.Closing(immediateReceipt)).RateAfterClosing(new RateAfterClosingCommand(
            null, ProgressProof.Of(immediate.ProgressCode, null), new RatingSubmission(RatingLevel.Satisfied, [], null, false), RatingChannel.ProgressPage));
        await flow.Grains.GetGrain<IComplaintGrain>(CaseNumber.New(CaseNumber.Complaint, DivisionCode.Parse(Township), flow.Today)).Register(
            new RegisterComplaintCommand(TownClerk(ClerkA), Township, ComplaintChannel.Hall, ComplaintType.Transfer,
                new ComplaintSubject(ComplaintSubjectKind.Window, WindowId: CivilAffairs), "窗口让我来回跑了三趟", null));

        await flow.Grains.GetGrain<IMatterGrain>(returned).Return(new ReturnCommand(TownClerk(ClerkA), "不符合低保条件", "《社会救助暂行办法》第九条"));
        flow.SetDay(new DateOnly(2026, 10, 9));
        await flow.Grains.GetGrain<IMatterGrain>(supplement).SupplyMaterials(new SupplyMaterialsCommand(TownClerk(ClerkB), ["户口簿", "家庭收入证明"]));
        flow.SetDay(new DateOnly(2026, 10, 13));
        await flow.Grains.GetGrain<IMatterGrain>(onTime).Complete(new CompleteCommand(TownClerk(ClerkB), "准予纳入低保"));
        flow.SetDay(new DateOnly(2026, 10, 14));
        await flow.Grains.GetGrain<IMatterGrain>(late).Complete(new CompleteCommand(TownClerk(ClerkA), "准予纳入低保"));
        await flow.Grains.GetGrain<IMatterGrain>(overdue).CheckDeadlines(Director);
        return open;
    }

    private static async Task<string> TakeInAsync(FlowCluster flow, Interfaces.Citizens.Citizen citizen, string item, params string[] materials)
    {
        flow.Clock.Advance(TimeSpan.FromMinutes(1));
        var receipt = NewReceipt(flow.Today);
        await flow.Grains.GetGrain<IMatterGrain>(receipt).Accept(IntakeFor(citizen, item, materials));
        return receipt;
    }

    /// <summary>Every case of the kinds that count, rebuilt from its ledger's patches, its facts summed.</summary>
    internal static async Task<IReadOnlyList<RollupFact>> RecountFromLedgerAsync(FlowCluster flow)
    {
        var sources = flow.Cluster.Silos[0].ServiceProvider.GetServices<IRollupFactSource>().ToDictionary(s => s.Kind);
        var states = new Dictionary<(string Kind, string CaseId), string?>();
        await using var connection = new NpgsqlConnection(flow.ConnectionString);
        await connection.OpenAsync();
        await using (var command = new NpgsqlCommand("SELECT kind, case_id, changes::text FROM case_ledger WHERE kind IN ('matter', 'rating', 'complaint', 'queue') ORDER BY kind, case_id, sequence", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var key = (reader.GetString(0), reader.GetString(1));
                states[key] = Values.JsonPatchApplier.Apply(states.GetValueOrDefault(key), reader.GetString(2))!.ToJsonString();
            }
        }

        return RollupDelta.Sum(states.SelectMany(s => sources[s.Key.Kind].FactsOfStored(s.Value!)));
    }

    internal static async Task<IReadOnlyList<RollupFact>> StoredRollupsAsync(FlowCluster flow)
    {
        await flow.FoldRollupsAsync();
        var facts = new List<RollupFact>();
        await using var connection = new NpgsqlConnection(flow.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT day, point_code, window_id, item_id, clerk_id, figure, bucket, n FROM report_rollup WHERE n <> 0", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            facts.Add(new RollupFact(reader.GetFieldValue<DateOnly>(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.GetInt64(7)));
        }

        return RollupDelta.Sum(facts);
    }

    internal static async Task ExecuteAsync(FlowCluster flow, string sql)
    {
        await flow.FoldRollupsAsync();
        await using var connection = new NpgsqlConnection(flow.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
