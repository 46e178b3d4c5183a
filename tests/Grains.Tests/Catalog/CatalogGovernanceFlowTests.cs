using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.CatalogChanges;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Tests.Flows;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using static Network.Grains.Tests.Infrastructure.TestNetwork;

namespace Network.Grains.Tests.Catalog;

/// <summary>
/// The master catalog, a point's implementation list and a change approved by the city, on a cluster
/// over PostgreSQL with the trade's clock under the test's control.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class CatalogGovernanceFlowTests(PostgresFixture db)
{
    /// <summary>Tuesday 17 November 2026, a working day.</summary>
    private static readonly DateOnly Day = new(2026, 11, 17);

    private const string CityDirectorId = "d-city";

    private static Actor CityDirector { get; } = new(CityDirectorId, ActorRole.CenterDirector, City);

    [Fact]
    public async Task A_matter_keeps_its_item_version_while_an_approved_change_takes_effect_on_its_date()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);
        await GovernAsync(flow);
        var catalog = flow.Grains.GetGrain<ICatalogGrain>(Township);
        var listed = await catalog.List();
        var v1 = listed.Single(i => i.Id == Allowance);

        // A point cannot publish an unapproved deviation: refused, nothing stored.
        var refused = await Assert.ThrowsAsync<DomainException>(() => catalog.Publish([.. listed.Select(i => i.Id == Allowance ? i with { TimeLimitWorkingDays = 3 } : i)]));
        Assert.Equal("catalog.unapprovedDeviation", refused.Code);
        Assert.Equal((v1.Version, 5), Pair(await catalog.Find(Allowance)));

        var taken = await flow.Grains.GetGrain<IMatterGrain>(NewReceipt(Day)).Accept(Intake(Allowance, AllowanceMaterials));
        Assert.Equal((v1.Version, v1.Code), (taken.ItemVersion, taken.ItemCode));

        var effective = new DateOnly(2026, 11, 19);
        var number = CaseNumber.New(CaseNumber.CatalogChange, DivisionCode.Parse(Township), Day);
        var change = flow.Grains.GetGrain<ICatalogChangeGrain>(number);
        var deviation = v1 with { TimeLimitWorkingDays = 3, RequiredMaterials = ["居民身份证", "户口簿"] };
        var proposed = await change.Propose(new ProposeCatalogChangeCommand(Director, deviation, "民政窗口集中审核，缩短时限、减少证明材料", effective));
        Assert.Equal(["requiredMaterials", "timeLimitWorkingDays"], proposed.Differences);
        Assert.Equal([CatalogChangeAction.Approve, CatalogChangeAction.Refuse], (await change.Get(CityDirector))!.AllowedActions);
        var approved = await change.Approve(new ApproveCatalogChangeCommand(CityDirector, null, "同意"));
        Assert.Equal((CatalogChangeStatus.Approved, effective), (approved.Status, approved.EffectiveFrom));

        // Approval makes the version effective on its date, not before.
        Assert.Equal((v1.Version, 5), Pair(await catalog.Find(Allowance)));
        flow.SetDay(effective);
        var v2 = (await catalog.Find(Allowance))!;
        Assert.Equal((v1.Version + 1, 3, effective), (v2.Version, v2.TimeLimitWorkingDays, v2.EffectiveFrom));
        Assert.Equal(5, (await catalog.ListOn(Day)).Single(i => i.Id == Allowance).TimeLimitWorkingDays);
        Assert.Equal(5, (await catalog.FindVersion(Allowance, v1.Version))!.TimeLimitWorkingDays);

        // A matter keeps the version it was taken in under; a new one takes the version in force.
        var later = await flow.Grains.GetGrain<IMatterGrain>(NewReceipt(effective)).Accept(Intake(Allowance, "居民身份证", "户口簿"));
        Assert.Equal(v2.Version, later.ItemVersion);
        var kept = (await flow.Grains.GetGrain<IMatterGrain>(taken.ReceiptNumber).Get(TownClerk(ClerkA)))!;
        Assert.Equal((v1.Version, taken.DueDate), (kept.ItemVersion, kept.DueDate));
        Assert.Equal(AllowanceMaterials, kept.MaterialsHandedIn);

        // The approved deviation is now the point's own standard: publishing the list as it stands is accepted.
        await catalog.Publish(await catalog.List());
        Assert.Equal(2, await flow.CountAsync("SELECT count(*) FROM case_ledger WHERE kind = 'catalog-change' AND case_id = $1", number));
        Assert.Equal(1, await flow.CountAsync("SELECT count(*) FROM case_record WHERE kind = 'catalog-change' AND case_id = $1 AND NOT is_open AND status = 'Approved' AND current_point_code = $2", number, City));
    }

    [Fact]
    public async Task Bad_input_to_a_proposal_is_refused_and_nothing_is_stored()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);
        await GovernAsync(flow);
        var item = (await flow.Grains.GetGrain<ICatalogGrain>(Township).Find(Allowance))! with { TimeLimitWorkingDays = 3 };
        async Task<DomainException> ProposeAsync(ServiceItem proposed, string reason) =>
            await Assert.ThrowsAsync<DomainException>(() => flow.Grains.GetGrain<ICatalogChangeGrain>(CaseNumber.New(CaseNumber.CatalogChange, DivisionCode.Parse(Township), Day))
                .Propose(new ProposeCatalogChangeCommand(Director, proposed, reason, Day)));

        Assert.Equal(("item.unknownCode", "item.code"), Problem(await ProposeAsync(item with { Code = $"{City}-JF-0999" }, "理由")));
        Assert.Equal(("text.required", "reason"), Problem(await ProposeAsync(item, " ")));
        Assert.Equal(("window.unknown", "item.windowId"), Problem(await ProposeAsync(item with { WindowId = "nowhere" }, "理由")));
        Assert.Equal(0, await flow.CountAsync("SELECT count(*) FROM case_record WHERE kind = 'catalog-change'"));
    }

    [Fact]
    public async Task The_handbook_contains_the_point_s_items_in_force_with_their_windows_and_flows()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);
        await GovernAsync(flow);
        var catalog = flow.Grains.GetGrain<ICatalogGrain>(Township);
        var handbook = await catalog.Handbook(null);

        Assert.Equal((await catalog.List()).Select(i => i.Id), handbook.Entries.Select(e => e.Item.Id));
        Assert.Equal(("测试镇便民服务中心", Day), (handbook.PointName, handbook.Day));
        var allowance = handbook.Entries.Single(e => e.Item.Id == Allowance);
        Assert.Equal("民政窗口", allowance.WindowName);
        Assert.Equal(FlowStepKind.Intake, allowance.Flow[0].Kind);
        Assert.Equal(FlowStepKind.Result, allowance.Flow[^1].Kind);
        Assert.Equal(Day, allowance.Item.EffectiveFrom);
    }

    private static (int Version, int Limit) Pair(ServiceItem? item) => (item!.Version, item.TimeLimitWorkingDays);

    private static (string Code, string? Field) Problem(DomainException e) => (e.Code, e.Field);

    /// <summary>The city takes a director and a master catalog of the township's items; the township republishes its list with their codes.</summary>
    private static async Task GovernAsync(FlowCluster flow)
    {
        await flow.Grains.GetGrain<IServicePointGrain>(City).Define(new ServicePointDefinition(
            "余姚市政务服务中心",
            [new WindowDefinition(CityWindow, "综合窗口", new Clerk(CityClerk, "周敏"), new Clerk("c-city-b", "吴刚"))],
            []) { Directors = [new Clerk(CityDirectorId, "孙建国")] });
        var township = flow.Grains.GetGrain<ICatalogGrain>(Township);
        var items = await township.List();
        var coded = items.Select((i, n) => i with { Code = $"{City}-QR-{n + 1:0000}" }).ToArray();
        await flow.Grains.GetGrain<IMasterCatalogGrain>(City).Publish([.. coded.Select(i => i with { WindowId = string.Empty, JointWindowIds = [], PartTimeLimitWorkingDays = 0 })]);
        await township.Publish(coded);
    }
}
