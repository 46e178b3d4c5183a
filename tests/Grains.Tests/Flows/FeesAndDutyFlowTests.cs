using Network.Grains.Duty;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Duty;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Fees;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Time;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using static Network.Grains.Tests.Infrastructure.TestNetwork;

namespace Network.Grains.Tests.Flows;

/// <summary>The collection day, the roster and attendance on a cluster over PostgreSQL: commits, ledger rows, retries, vacant posts listed.</summary>
[Collection(PostgresCollection.Name)]
public sealed class FeesAndDutyFlowTests(PostgresFixture db)
{
    /// <summary>Tuesday 17 November 2026, a working day.</summary>
    private static readonly DateOnly Day = new(2026, 11, 17);

    [Fact]
    public async Task A_charge_and_a_bill_reach_the_case_store_once_and_a_closed_day_takes_nothing_more()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);
        var catalog = flow.Grains.GetGrain<ICatalogGrain>(Township);
        var items = await catalog.List();
        await catalog.Publish(
        [
            .. items.Select(i => i.Id == SeniorCard ? i with { FeeFen = 1500, FeeBasis = "演示收费依据" } : i),
            Item("water-bill", "代收水费", [], 0, MatterKind.Immediate) with { CollectsFor = "测试自来水公司" },
        ]);
        var receipt = NewReceipt(Day);
        var matter = await flow.Grains.GetGrain<IMatterGrain>(receipt).Accept(Intake(SeniorCard, "居民身份证", "一寸照片"));
        Assert.Equal(MatterStatus.Completed, matter.Status);

        var day = flow.Grains.GetGrain<ICollectionDayGrain>(CollectionDayKey.Of(Township, CivilAffairs, Day));
        var charge = new ChargeCommand(TownClerk(ClerkA), SeniorCard, receipt, 1, PaymentMethod.Cash);
        var charged = await day.Charge(charge);
        var again = await day.Charge(charge);
        Assert.Single(again.Lines);
        Assert.Equal(charged.Lines[0].ReceiptNumber, again.Lines[0].ReceiptNumber);

        await day.CollectBill(new CollectBillCommand(TownClerk(ClerkB), "water-bill", "W-330182-0001", "王秀英", 4567, PaymentMethod.Cash));
        var closed = await day.Close(new CloseDayCommand(TownClerk(ClerkA), 6067, null));
        Assert.True(closed.IsClosed);
        var refused = await Assert.ThrowsAsync<DomainException>(() => day.CollectBill(new CollectBillCommand(TownClerk(ClerkB), "water-bill", "W-330182-0002", "李娜", 100, PaymentMethod.Card)));
        Assert.Equal("collection.dayClosed", refused.Code);

        Assert.Equal(3, await flow.CountAsync("SELECT count(*) FROM case_ledger WHERE kind = 'collection-day' AND case_id = $1", CollectionDayKey.Of(Township, CivilAffairs, Day)));
        Assert.Equal(1, await flow.CountAsync("SELECT count(*) FROM case_record WHERE kind = 'collection-day' AND NOT is_open AND status = 'Closed'"));
        Assert.Equal(0, await flow.CountAsync("SELECT count(*) FROM case_record WHERE kind = 'collection-day' AND (state::text LIKE '%王秀英%' OR state::text LIKE '%W-330182-0001%')"));
        Assert.Equal(0, await flow.CountAsync("SELECT count(*) FROM case_ledger WHERE kind = 'collection-day' AND changes::text LIKE '%王秀英%'"));

        var printed = await day.GetReceipt(TownClerk(ClerkA), charged.Lines[0].ReceiptNumber);
        Assert.Equal((1500L, "演示收费依据", "民政窗口"), (printed!.Line.AmountFen, printed.FeeBasis, printed.WindowName));
    }

    [Fact]
    public async Task A_published_roster_finds_a_vacant_post_records_it_for_assessment_and_clears_it_when_the_clerk_arrives()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);
        var director = new Actor(TownshipDirector, ActorRole.CenterDirector, Township);
        var roster = flow.Grains.GetGrain<IDutyRosterGrain>($"{Township}/2026-11");
        await roster.Draft(new DraftRosterCommand(director, [], [new DutyAssignment(Day, "pm", LandClerk, Land)], [new LeaderOnDuty(Day, "刘强", "副镇长")]));
        await roster.Publish(new PublishRosterCommand(director));

        flow.Clock.SetUtcNow(new DateTimeOffset(Day.ToDateTime(new TimeOnly(14, 10)), ChinaTime.Offset));
        var sheetKey = $"{Township}/2026-11-17";
        await flow.Grains.GetGrain<IAttendanceUpkeepGrain>(sheetKey).CheckPosts();
        var vacant = await flow.Grains.GetGrain<IDutyQueryGrain>(0).ListVacantPosts(director, Township, Day, Day);
        var post = Assert.Single(vacant);
        Assert.Equal((Township, Land, "pm"), (post.PointCode, post.WindowId, post.ShiftId));

        flow.Clock.SetUtcNow(new DateTimeOffset(Day.ToDateTime(new TimeOnly(14, 30)), ChinaTime.Offset));
        var sheet = await flow.Grains.GetGrain<IAttendanceGrain>(sheetKey).ClockIn(TownClerk(LandClerk));
        Assert.NotNull(Assert.Single(sheet.VacantPosts).Until);
        var late = Assert.Single(sheet.Findings);
        Assert.Equal((AttendanceFindingKind.Late, 30), (late.Kind, late.Minutes));
        Assert.Equal(1, await flow.CountAsync("SELECT count(*) FROM case_ledger WHERE kind = 'attendance-day' AND action = 'postStaffed'"));

        var today = await roster.GetDay(Day);
        Assert.Equal("刘强", today.Leader!.Name);
        Assert.Equal("范红梅", Assert.Single(today.Posts).ClerkName);
    }
}
