using System.Text.Json;
using Network.Grains.Interfaces.Accountability;
using Network.Grains.Interfaces.Assessment;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Complaints;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Tests.Flows;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using static Network.Grains.Tests.Infrastructure.TestNetwork;

namespace Network.Grains.Tests.Assessment;

/// <summary>
/// The assessment on a cluster over PostgreSQL, from real matters through the rollups: the month's
/// index and ranks, the 通报 frozen when published, the public quarterly page, jurisdiction.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class AssessmentFlowTests(PostgresFixture db)
{
    /// <summary>Tuesday 17 November 2026, a working day.</summary>
    private static readonly DateOnly Day = new(2026, 11, 17);

    private static readonly DateOnly MonthOver = new(2026, 12, 1);

    [Fact]
    public async Task A_published_bulletin_does_not_change_when_later_data_arrive()
    {
        var flow = await FlowCluster.StartAsync(db, Day);
        var receipts = await TakeInAsync(flow, ClerkA, ClerkA, ClerkA, ClerkB);
        await flow.Grains.GetGrain<IAccountabilityGrain>(CaseNumber.New(CaseNumber.Accountability, DivisionCode.Parse(Township), Day)).Record(
            new RecordAccountabilityCommand(Director, Township, ClerkB, null, "未按规定一次性告知", AccountabilityMeasure.Reminder, new AccountabilityLink(AccountabilityLinkKind.Matter, receipts[3])));
        flow.SetDay(Day.AddDays(3));
        var complaint = flow.Grains.GetGrain<IComplaintGrain>(CaseNumber.New(CaseNumber.Complaint, DivisionCode.Parse(Township), Day.AddDays(3)));
        await complaint.Register(new RegisterComplaintCommand(TownClerk(ClerkA), Township, ComplaintChannel.Hall, ComplaintType.Transfer, new ComplaintSubject(ComplaintSubjectKind.Clerk, ClerkId: ClerkB), "办事态度生硬", null));
        await complaint.Acknowledge(new AcknowledgeComplaintCommand(Director));
        await complaint.Investigate(new InvestigateComplaintCommand(Director, "调取录像"));
        var bulletin = flow.Grains.GetGrain<IBulletinGrain>($"{City}/2026-11");
        var early = await Assert.ThrowsAsync<DomainException>(() => bulletin.Publish(MonitorActor));
        Assert.Equal("bulletin.monthNotOver", early.Code);

        flow.SetDay(MonthOver);
        var published = await bulletin.Publish(MonitorActor);
        var again = await bulletin.Publish(MonitorActor);

        // Clerks: 张丽 3 on time the same day = 100; 李娜 1 = 40 + 30 + 30 × (0.5 × 1/3 + 0.5) − 提醒 1 = 89.
        Assert.Equal([(ClerkA, 100m, 1), (ClerkB, 89m, 2)], published.Clerks.Select(c => (c.Unit.ClerkId!, c.Score!.Index, c.CityRank!.Value)));
        Assert.Equal(["张丽", "李娜"], published.Clerks.Select(c => c.ClerkName));
        var window = Assert.Single(published.Windows);
        Assert.Equal((CivilAffairs, 4, 4, 100m), (window.Unit.WindowId!, window.Figures.Completed, window.Figures.OnTime, window.Score!.Index));
        var point = Assert.Single(published.Points, p => p.Unit.PointCode == Township);
        Assert.Equal((4, 1, 99m), (point.Figures.Completed, point.Figures.Reminders, point.Score!.Index));
        Assert.Equal((published.Number, published.PublishedAt), (again.Number, again.PublishedAt));
        Assert.Equal(1, await flow.CountAsync("SELECT count(*) FROM case_ledger WHERE kind = 'bulletin'"));

        // Later data of November: the complaint registered on 20 November is found upheld on 1 December.
        await complaint.Decide(new DecideComplaintCommand(Director, ComplaintFinding.Upheld, "经核实属实"));
        var now = await flow.Grains.GetGrain<IAssessmentQueryGrain>(0).GetMonth(MonitorActor, City, "2026-11");
        Assert.Equal(84m, now.Clerks.Single(c => c.Unit.ClerkId == ClerkB).Score!.Index);
        Assert.Equal(published.Number, now.BulletinNumber);

        // Read back from the store by a new cluster, as a village clerk of the city.
        await flow.DisposeAsync();
        await using var restarted = await FlowCluster.StartAsync(db, MonthOver, connectionString: flow.ConnectionString);
        var read = await restarted.Grains.GetGrain<IBulletinGrain>($"{City}/2026-11").Get(VillageClerk(VillageClerkA));

        Assert.Equal(89m, read.Clerks.Single(c => c.Unit.ClerkId == ClerkB).Score!.Index);
        Assert.Equal(0, read.Clerks.Single(c => c.Unit.ClerkId == ClerkB).Figures.ComplaintsUpheld);
        Assert.Equal(JsonSerializer.Serialize(published), JsonSerializer.Serialize(read));
        Assert.Equal(published.Month, Assert.Single(await restarted.Grains.GetGrain<IAssessmentQueryGrain>(0).ListBulletins(TownClerk(ClerkB), City)).Month);
    }

    [Fact]
    public async Task The_public_quarterly_page_carries_no_name_or_ID()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);
        var receipts = await TakeInAsync(flow, ClerkA, ClerkB);

        var page = await flow.Grains.GetGrain<IAssessmentQueryGrain>(0).GetPublication(Township, 2026, 4);

        var line = Assert.Single(page.Items);
        Assert.Equal(("老年优待证办理", 2, 2, 2), (line.ItemName, line.Received, line.Completed, line.OnTime));
        Assert.Equal((new DateOnly(2026, 10, 1), Day, false), (page.From, page.To, page.IsComplete));
        var json = JsonSerializer.Serialize(page);
        foreach (var personal in new[] { Citizen.Name, Citizen.ResidentId, Citizen.Phone!, ClerkA, ClerkB, "张丽", "李娜", TownshipDirector, "闫伟", receipts[0], receipts[1] })
        {
            Assert.DoesNotContain(personal, json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_query_grain_refuses_an_assessment_beyond_the_actors_reach()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);
        var query = flow.Grains.GetGrain<IAssessmentQueryGrain>(0);

        var city = await Assert.ThrowsAsync<DomainException>(() => query.GetMonth(Director, City, "2026-11"));
        var clerk = await Assert.ThrowsAsync<DomainException>(() => query.GetCandidates(TownClerk(ClerkA), Township, 2026, 4));
        var otherCity = await Assert.ThrowsAsync<DomainException>(() => query.ListBulletins(TownClerk(ClerkA), "510682"));
        var publisher = await Assert.ThrowsAsync<DomainException>(() => flow.Grains.GetGrain<IBulletinGrain>($"{City}/2026-10").Publish(Director));

        Assert.Equal(("auth.jurisdiction", "pointCode"), (city.Code, city.Field));
        Assert.Equal(("auth.role", "auth.jurisdiction", "auth.jurisdiction"), (clerk.Code, otherCity.Code, publisher.Code));
        Assert.Equal(DomainErrorKind.Forbidden, city.Kind);
        var own = await query.GetMonth(Director, Township, "2026-11");
        Assert.All(own.Points, p => Assert.StartsWith(Township, p.Unit.PointCode, StringComparison.Ordinal));
    }

    private static async Task<string[]> TakeInAsync(FlowCluster flow, params string[] clerks)
    {
        var receipts = new List<string>();
        foreach (var clerk in clerks)
        {
            var receipt = NewReceipt(flow.Today);
            var matter = await flow.Grains.GetGrain<IMatterGrain>(receipt).Accept(Intake(SeniorCard, "居民身份证", "一寸照片") with { Actor = TownClerk(clerk) });
            Assert.Equal(MatterStatus.Completed, matter.Status);
            receipts.Add(receipt);
        }

        return [.. receipts];
    }
}
