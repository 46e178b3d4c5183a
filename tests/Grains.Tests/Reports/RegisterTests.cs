using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Queries;
using Network.Grains.Tests.Flows;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using static Network.Grains.Tests.Infrastructure.TestNetwork;
using static Network.Grains.Tests.Reports.ReportData;

namespace Network.Grains.Tests.Reports;

/// <summary>The register (台帐) of a point and window on PostgreSQL, on a small known data set across the National Day holiday.</summary>
[Collection(PostgresCollection.Name)]
public sealed class RegisterTests(PostgresFixture db)
{
    [Fact]
    public async Task The_register_of_a_window_for_a_day_has_one_line_per_matter_with_the_paper_registers_columns()
    {
        await using var flow = await FlowCluster.StartAsync(db, new DateOnly(2026, 9, 30));
        var onTime = await TakeInAsync(flow, Person("王秀英", 11), Allowance, AllowanceMaterials);
        var late = await TakeInAsync(flow, Person("李娜", 12), Allowance, AllowanceMaterials);
        var open = await TakeInAsync(flow, Person("张伟", 13), Allowance, AllowanceMaterials);
        var card = await TakeInAsync(flow, Person("陈静", 14), SeniorCard, "居民身份证", "一寸照片");
        await flow.Grains.GetGrain<IMatterGrain>(NewReceipt(flow.Today)).Accept(
            Intake("birth-permit", "结婚证") with { WindowId = FamilyPlanning, Actor = TownClerk(OtherClerk), Citizen = Person("赵敏", 15) });
        flow.SetDay(new DateOnly(2026, 10, 8));
        await TakeInAsync(flow, Person("孙丽", 16), Allowance, AllowanceMaterials); // another day
        flow.SetDay(new DateOnly(2026, 10, 13)); // the deadline: 5 working days over the holiday and its make-up Saturday
        await flow.Grains.GetGrain<IMatterGrain>(onTime).Complete(new CompleteCommand(TownClerk(ClerkB), "准予纳入低保"));
        flow.SetDay(new DateOnly(2026, 10, 14));
        await flow.Grains.GetGrain<IMatterGrain>(late).Complete(new CompleteCommand(TownClerk(ClerkA), "准予纳入低保"));

        var q = flow.Grains.GetGrain<IMatterQueryGrain>(0);
        var query = new RegisterQuery(Township, RegisterPeriod.Day, new DateOnly(2026, 9, 30)) { WindowId = CivilAffairs, Limit = 3 };
        var first = await q.ReadRegister(TownClerk(ClerkA), query);
        var second = await q.ReadRegister(TownClerk(ClerkA), query with { After = first.Next });
        var lines = first.Lines.Concat(second.Lines).ToDictionary(l => l.ReceiptNumber);

        Assert.NotNull(first.Next);
        Assert.Null(second.Next);
        Assert.Equal([onTime, late, open, card], first.Lines.Concat(second.Lines).Select(l => l.ReceiptNumber));
        var line = lines[onTime];
        Assert.Equal(("王** " + ResidentId(11)[..3] + "***********" + ResidentId(11)[^4..], "农村最低生活保障审核", Interfaces.Catalog.MatterKind.Promised),
            (line.CitizenMasked, line.ItemName, line.Kind));
        Assert.Equal(AllowanceMaterials, line.Materials);
        Assert.Equal(("张丽", "测试镇便民服务中心", "民政窗口"), (line.HandlerName, line.PointName, line.WindowName));
        Assert.Equal((new DateOnly(2026, 10, 13), new DateOnly(2026, 10, 13), Timeliness.OnTime, "准予纳入低保"),
            (line.PromisedOn, line.CompletedOn, line.Timeliness, line.Result));
        Assert.Equal((new DateOnly(2026, 10, 14), Timeliness.Late), (lines[late].CompletedOn, lines[late].Timeliness));
        Assert.Equal((null, Timeliness.Overdue), (lines[open].CompletedOn, lines[open].Timeliness));
        Assert.Equal((new DateOnly(2026, 9, 30), Timeliness.OnTime), (lines[card].PromisedOn, lines[card].Timeliness));

        var month = await q.ReadRegister(Director, new RegisterQuery(Township, RegisterPeriod.Month, new DateOnly(2026, 10, 31)));
        Assert.Single(month.Lines);
        var september = await q.ReadRegister(Director, new RegisterQuery(Township, RegisterPeriod.Month, new DateOnly(2026, 9, 1)));
        Assert.Equal(5, september.Lines.Count);
    }

    [Fact]
    public async Task A_citys_register_with_the_points_below_reads_point_by_point_in_batches()
    {
        await using var flow = await FlowCluster.StartAsync(db, new DateOnly(2026, 11, 16));
        var township = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            township.Add(await TakeInAsync(flow, Person("王秀英", 20 + i), Allowance, AllowanceMaterials));
        }

        var village = (await flow.Grains.GetGrain<IMatterGrain>(NewReceipt(flow.Today, Village)).Accept(
            VillageIntake(Homestead, "居民身份证", "户口簿") with { Citizen = Person("李娜", 30) })).ReceiptNumber;

        var q = flow.Grains.GetGrain<IMatterQueryGrain>(0);
        var query = new RegisterQuery(City, RegisterPeriod.Year, new DateOnly(2026, 1, 1)) { Subtree = true, Limit = 2 };
        var lines = new List<RegisterLine>();
        string? after = null;
        do
        {
            var page = await q.ReadRegister(MonitorActor, query with { After = after });
            lines.AddRange(page.Lines);
            after = page.Next;
        }
        while (after is not null);

        Assert.Equal([.. township, village], lines.Select(l => l.ReceiptNumber));
        Assert.Equal("测试村便民服务站", lines[^1].PointName);
    }

    private static async Task<string> TakeInAsync(FlowCluster flow, Interfaces.Citizens.Citizen citizen, string item, params string[] materials)
    {
        flow.Clock.Advance(TimeSpan.FromMinutes(1)); // taken in one after the other, as at a window
        var receipt = NewReceipt(flow.Today);
        await flow.Grains.GetGrain<IMatterGrain>(receipt).Accept(IntakeFor(citizen, item, materials));
        return receipt;
    }
}
