using Network.Grains.Interfaces.Accountability;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Complaints;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Supervision;
using Network.Grains.Oversight;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using static Network.Grains.Tests.Infrastructure.TestNetwork;

namespace Network.Grains.Tests.Flows;

/// <summary>
/// Complaints, supervision orders and accountability records on a cluster over PostgreSQL: the
/// commit reaches case_record and case_ledger (the complainant sealed), a retried command acts once,
/// the point's sweep raises the flags, and the cases find each other across tiers.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class OversightFlowTests(PostgresFixture db)
{
    private static readonly DateOnly Monday = new(2026, 11, 16);
    private const string TownshipSupervisorId = "s-township";
    private const string CityDirectorId = "d-city";
    private const string CitySupervisorId = "s-city";

    private static Actor TownshipSupervisor { get; } = new(TownshipSupervisorId, ActorRole.Supervisor, Township);

    private static Actor CityDirector { get; } = new(CityDirectorId, ActorRole.CenterDirector, City);

    private static Actor CitySupervisor { get; } = new(CitySupervisorId, ActorRole.Supervisor, City);

    [Fact]
    public async Task A_registered_complaint_is_committed_with_its_ledger_and_the_complainant_sealed()
    {
        await using var flow = await StartAsync();
        var number = CaseNumber.New(CaseNumber.Complaint, DivisionCode.Parse(Township), flow.Today);
        var complaint = flow.Grains.GetGrain<IComplaintGrain>(number);

        var view = await complaint.Register(Register(new Complainant("李秀兰", "13900139000")));
        var again = await complaint.Acknowledge(new AcknowledgeComplaintCommand(Director));
        var retried = await complaint.Acknowledge(new AcknowledgeComplaintCommand(Director));

        Assert.Equal((ComplaintStatus.Registered, "李**"), (view.Status, view.ComplainantName)); // the clerk who recorded it does not handle it
        Assert.Equal("李秀兰", (await complaint.Get(Director))!.ComplainantName);
        Assert.Equal(again.Version, retried.Version);
        Assert.Equal(1, await flow.CountAsync("SELECT count(*) FROM case_record WHERE kind = 'complaint' AND case_id = $1 AND is_open", number));
        Assert.Equal(2, await flow.CountAsync("SELECT count(*) FROM case_ledger WHERE kind = 'complaint' AND case_id = $1", number));
        Assert.Equal(0, await flow.CountAsync("SELECT count(*) FROM case_record WHERE kind = 'complaint' AND (state::text LIKE '%李秀兰%' OR state::text LIKE '%13900139000%')"));
        Assert.Equal(0, await flow.CountAsync("SELECT count(*) FROM case_ledger WHERE kind = 'complaint' AND (changes::text LIKE '%李秀兰%' OR coalesce(detail, '') LIKE '%李秀兰%')"));
        Assert.Equal(["Registered", "Acknowledged"], (await complaint.GetHistory(Director)).Select(h => h.Action));
    }

    [Fact]
    public async Task The_sweep_flags_a_transferred_complaint_not_replied_within_five_working_days()
    {
        await using var flow = await StartAsync();
        var number = CaseNumber.New(CaseNumber.Complaint, DivisionCode.Parse(Township), flow.Today);
        var complaint = flow.Grains.GetGrain<IComplaintGrain>(number);
        await complaint.Register(Register(null));
        await complaint.Acknowledge(new AcknowledgeComplaintCommand(TownshipSupervisor));
        var sweep = flow.Grains.GetGrain<IOversightSweepGrain>(Township);

        flow.SetDay(Monday.AddDays(4)); // Fri: the working day before Mon 23
        Assert.Equal(1, await sweep.Sweep());
        flow.SetDay(Monday.AddDays(8)); // Tue 24: past the deadline
        Assert.Equal(1, await sweep.Sweep());
        flow.SetDay(Monday.AddDays(9));
        Assert.Equal(0, await sweep.Sweep()); // red once: nothing more to check

        var view = (await complaint.Get(Director))!;
        Assert.Equal(FlagLevel.Red, view.Flag);
        Assert.Equal(["ReplyFlaggedYellow", "ReplyFlaggedRed"], (await complaint.GetHistory(Director)).Where(h => h.Action.Contains("Flagged", StringComparison.Ordinal)).Select(h => h.Action));
    }

    [Fact]
    public async Task A_complaint_about_the_director_reaches_the_city_workbench_and_not_the_directors()
    {
        await using var flow = await StartAsync();
        var number = CaseNumber.New(CaseNumber.Complaint, DivisionCode.Parse(Township), flow.Today);
        var subject = new ComplaintSubject(ComplaintSubjectKind.Clerk, ClerkId: TownshipDirector);
        await flow.Grains.GetGrain<IComplaintGrain>(number).Register(Register(new Complainant("李秀兰", "13900139000"), subject, TownshipSupervisor, ComplaintChannel.Phone));
        var queries = flow.Grains.GetGrain<IComplaintQueryGrain>(0);

        var city = await queries.List(CityDirector, new ComplaintQuery(City));
        var township = await queries.List(Director, new ComplaintQuery(Township));

        Assert.Equal([(number, City)], city.Select(c => (c.Number, c.HandlingPointCode)));
        Assert.Empty(township);
        await Assert.ThrowsAsync<DomainException>(() => flow.Grains.GetGrain<IComplaintGrain>(number).Get(Director));
        var acknowledged = await flow.Grains.GetGrain<IComplaintGrain>(number).Acknowledge(new AcknowledgeComplaintCommand(CitySupervisor));
        Assert.Equal(ComplaintStatus.Acknowledged, acknowledged.Status);
        Assert.Equal(1, (await queries.CountToday(MonitorActor, City))[Township]);
    }

    [Fact]
    public async Task A_supervision_order_on_an_overdue_matter_runs_from_the_city_to_the_township_and_back()
    {
        await using var flow = await StartAsync(new DateOnly(2026, 9, 30));
        var receipt = NewReceipt(flow.Today);
        var matter = flow.Grains.GetGrain<IMatterGrain>(receipt);
        await matter.Accept(Intake(Allowance, AllowanceMaterials)); // due Tue 13 Oct
        flow.SetDay(new DateOnly(2026, 10, 14));
        Assert.Equal(FlagLevel.Red, (await matter.CheckDeadlines(Director)).Flag);
        var orderNumber = CaseNumber.New(CaseNumber.SupervisionOrder, DivisionCode.Parse(City), flow.Today);
        var order = flow.Grains.GetGrain<ISupervisionOrderGrain>(orderNumber);

        var issued = await order.Issue(new IssueSupervisionOrderCommand(CitySupervisor, new SupervisionTarget(SupervisionTargetKind.Matter, receipt), "三日内办结并说明超期原因", 1));
        flow.SetDay(new DateOnly(2026, 10, 16)); // due Thu 15: past it
        Assert.Equal(1, await flow.Grains.GetGrain<IOversightSweepGrain>(Township).Sweep());
        var red = (await order.Get(CityDirector))!;
        var replied = await order.Reply(new ReplySupervisionOrderCommand(Director, "已办结；超期因申请人补正材料延迟"));
        var accepted = await order.Accept(new AcceptSupervisionOrderCommand(CityDirector, "同意办结"));

        Assert.Equal((Township, City, new DateOnly(2026, 10, 15)), (issued.PointCode, issued.IssuerPointCode, issued.DueDate));
        Assert.Equal(FlagLevel.Red, red.Flag);
        Assert.Equal(SupervisionOrderStatus.Replied, replied.Status);
        Assert.True(accepted.IsClosed);
        Assert.Equal(["Issued", "FlaggedRed", "Replied", "Accepted"], (await order.GetHistory(MonitorActor)).Select(h => h.Action));
        var refused = await Assert.ThrowsAsync<DomainException>(() => order.Issue(new IssueSupervisionOrderCommand(CitySupervisor, new SupervisionTarget(SupervisionTargetKind.Matter, receipt), "另一份督办", 2)));
        Assert.Equal("supervisionOrder.numberInUse", refused.Code);
    }

    [Fact]
    public async Task An_accountability_record_is_seen_by_the_clerk_and_read_by_assessments()
    {
        await using var flow = await StartAsync();
        var receipt = NewReceipt(flow.Today);
        await flow.Grains.GetGrain<IMatterGrain>(receipt).Accept(Intake(Allowance, AllowanceMaterials));
        var number = CaseNumber.New(CaseNumber.Accountability, DivisionCode.Parse(Township), flow.Today);

        var recorded = await flow.Grains.GetGrain<IAccountabilityGrain>(number).Record(new RecordAccountabilityCommand(
            TownshipSupervisor, Township, ClerkA, null, "窗口服务态度差，经投诉核实属实", AccountabilityMeasure.Reminder, new AccountabilityLink(AccountabilityLinkKind.Matter, receipt)));
        var queries = flow.Grains.GetGrain<IAccountabilityQueryGrain>(0);
        var mine = await queries.ListMine(TownClerk(ClerkA));
        var others = await queries.ListMine(TownClerk(ClerkB));
        var acknowledged = await flow.Grains.GetGrain<IAccountabilityGrain>(number).Acknowledge(new AcknowledgeAccountabilityCommand(TownClerk(ClerkA)));
        var assessment = await queries.List(MonitorActor, new AccountabilityQuery(Township, ClerkId: ClerkA));

        Assert.Equal(("张丽", AccountabilityStatus.Recorded), (recorded.ClerkName, recorded.Status));
        Assert.Equal([(number, AccountabilityAction.Acknowledge)], mine.Select(r => (r.Number, r.AllowedActions.Single())));
        Assert.Empty(others);
        Assert.Equal(AccountabilityStatus.Acknowledged, acknowledged.Status);
        Assert.Equal([(number, AccountabilityMeasure.Reminder, AccountabilityStatus.Acknowledged)], assessment.Select(r => (r.Number, r.Measure, r.Status)));
        var unknown = await Assert.ThrowsAsync<DomainException>(() => flow.Grains.GetGrain<IAccountabilityGrain>(CaseNumber.New(CaseNumber.Accountability, DivisionCode.Parse(Township), flow.Today)).Record(
            new RecordAccountabilityCommand(Director, Township, ClerkA, null, "无", AccountabilityMeasure.Reminder, new AccountabilityLink(AccountabilityLinkKind.Complaint, CaseNumber.New(CaseNumber.Complaint, DivisionCode.Parse(Township), flow.Today)))));
        Assert.Equal(("accountability.linkUnknown", "link.caseId"), (unknown.Code, unknown.Field));
        Assert.Equal(1, await flow.CountAsync("SELECT count(*) FROM case_record WHERE kind = 'accountability'"));
    }

    private static RegisterComplaintCommand Register(Complainant? complainant, ComplaintSubject? subject = null, Actor? actor = null, ComplaintChannel channel = ComplaintChannel.Hall) =>
        new(actor ?? TownClerk(ClerkA), Township, channel, ComplaintType.Transfer, subject ?? new ComplaintSubject(ComplaintSubjectKind.Window, WindowId: CivilAffairs), "窗口让我来回跑了三趟", complainant);

    /// <summary>The test network with the city's director and supervisor and the township's discipline office.</summary>
    private async Task<FlowCluster> StartAsync(DateOnly? day = null)
    {
        var flow = await FlowCluster.StartAsync(db, day ?? Monday);
        await flow.Grains.GetGrain<IServicePointGrain>(City).Define(new ServicePointDefinition(
            "余姚市政务服务中心",
            [new WindowDefinition(CityWindow, "综合窗口", new Clerk(CityClerk, "周敏"), new Clerk("c-city-b", "吴刚"))],
            [])
        {
            Directors = [new Clerk(CityDirectorId, "孙建国")],
            Supervisors = [new Clerk(CitySupervisorId, "市管委会督查")],
            SupervisionPhone = "0574-62000000",
        });
        var township = (await flow.Grains.GetGrain<IServicePointGrain>(Township).GetProfile())!;
        await flow.Grains.GetGrain<IServicePointGrain>(Township).Define(new ServicePointDefinition(township.Name, township.Windows, township.ProxyAgents)
        {
            Directors = township.Directors,
            Supervisors = [new Clerk(TownshipSupervisorId, "镇纪检")],
            SupervisionPhone = "0574-62001234",
        });
        return flow;
    }
}
