using Network.Grains.Catalog;
using Network.Grains.Catalog.Rules;
using Network.Grains.CatalogChanges.Rules;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.CatalogChanges;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;
using Network.Grains.Matters.Rules;
using static Network.Grains.Tests.Rules.RuleFixture;

namespace Network.Grains.Tests.Catalog;

/// <summary>
/// The city master catalog and the points' implementation lists without a cluster: what a point may
/// publish, what a proposal and an approval need, which version is in force on a day, what a matter
/// keeps, and the flow chart of an item.
/// </summary>
public sealed class CatalogRulesTests
{
    private const string AllowanceCode = "330182-JF-0001";
    private const string HomesteadCode = "330182-XK-0001";

    private static readonly ServiceItem MasterAllowance = Items[Allowance] with { Code = AllowanceCode, WindowId = string.Empty };
    private static readonly ServiceItem MasterHomestead = Items[Homestead] with { Code = HomesteadCode, WindowId = string.Empty, Name = "农村村民宅基地审批" };

    private static readonly IReadOnlyDictionary<string, ServiceItem> Master =
        new Dictionary<string, ServiceItem> { [AllowanceCode] = MasterAllowance, [HomesteadCode] = MasterHomestead };

    /// <summary>The township's allowance as the master says it, at its civil-affairs window.</summary>
    private static ServiceItem TownAllowance => Items[Allowance] with { Code = AllowanceCode };

    private static readonly DivisionCode TownshipCode = DivisionCode.Parse(Township);

    private static CatalogChangeContext ChangeContext(DateOnly? day = null) =>
        new(At(day ?? Today), Points, Master) { Fingerprint = "f" };

    private static string Number(string point = Township, DateOnly? day = null) =>
        $"{point}-{CaseNumber.CatalogChange}{day ?? Today:yyyyMMdd}-7Q2M9XKD";

    private static ProposeCatalogChangeCommand Deviation(string reason = "本镇民政窗口集中审核，时限可缩短", DateOnly? from = null) =>
        new(Director, TownAllowance with { TimeLimitWorkingDays = 3 }, reason, from ?? Today);

    [Fact]
    public void A_point_cannot_publish_an_unapproved_deviation()
    {
        ImplementationListRules.Ensure([TownAllowance], TownshipCode, Master, [], Today);

        var refused = Refused(
            () => ImplementationListRules.Ensure([TownAllowance with { TimeLimitWorkingDays = 3 }], TownshipCode, Master, [], Today),
            DomainErrorKind.Conflict, "catalog.unapprovedDeviation", "items[0]");
        Assert.Contains("timeLimitWorkingDays", refused.Message, StringComparison.Ordinal);

        // The point's own details are not deviations: another window, its hours and phone.
        ImplementationListRules.Ensure([TownAllowance with { WindowId = Land, Hours = "周一至周五 8:30-17:30", Contact = "0838-8200000" }], TownshipCode, Master, [], Today);
    }

    [Fact]
    public void A_deviation_the_city_approved_for_the_point_may_be_published()
    {
        var deviation = TownAllowance with { TimeLimitWorkingDays = 3 };
        var adopted = new CatalogEntry(deviation with { Version = 2 }, Today, false) { ChangeId = Number() };

        ImplementationListRules.Ensure([deviation], TownshipCode, Master, [adopted], Today);
        Refused(() => ImplementationListRules.Ensure([deviation with { TimeLimitWorkingDays = 2 }], TownshipCode, Master, [adopted], Today),
            DomainErrorKind.Conflict, "catalog.unapprovedDeviation", "items[0]");

        // Approved to take effect next week: not to be published before then.
        Refused(() => ImplementationListRules.Ensure([deviation], TownshipCode, Master, [adopted with { EffectiveFrom = Today.AddDays(7) }], Today),
            DomainErrorKind.Conflict, "catalog.unapprovedDeviation", "items[0]");
    }

    [Fact]
    public void Every_item_of_a_governed_list_names_a_code_of_the_city_s_master_catalog()
    {
        Refused(() => ImplementationListRules.Ensure([TownAllowance with { Code = null }], TownshipCode, Master, [], Today),
            DomainErrorKind.Invalid, "item.codeRequired", "items[0].code");
        Refused(() => ImplementationListRules.Ensure([TownAllowance with { Code = "330182-JF-0999" }], TownshipCode, Master, [], Today),
            DomainErrorKind.Invalid, "item.unknownCode", "items[0].code");
        Refused(() => ImplementationListRules.Ensure([TownAllowance, TownAllowance with { Id = "again" }], TownshipCode, Master, [], Today),
            DomainErrorKind.Invalid, "item.duplicateCode", "items[1].code");

        // A city without a master catalog leaves its points' lists as they are.
        ImplementationListRules.Ensure([TownAllowance with { Code = null, TimeLimitWorkingDays = 3 }], TownshipCode, null, [], Today);
    }

    [Fact]
    public void A_deviation_without_a_reason_is_refused()
    {
        Refused(() => CatalogChangeRules.Propose(Number(), Deviation(reason: "  "), ChangeContext()), DomainErrorKind.Invalid, "text.required", "reason");
    }

    [Fact]
    public void A_proposal_names_a_code_of_the_master_catalog_and_really_deviates()
    {
        Refused(() => CatalogChangeRules.Propose(Number(), Deviation() with { Item = TownAllowance with { Code = "330182-JF-0999", TimeLimitWorkingDays = 3 } }, ChangeContext()),
            DomainErrorKind.Invalid, "item.unknownCode", "item.code");
        Refused(() => CatalogChangeRules.Propose(Number(), Deviation() with { Item = TownAllowance }, ChangeContext()),
            DomainErrorKind.Invalid, "catalogChange.noDeviation", "item");
        Refused(() => CatalogChangeRules.Propose(Number(), Deviation(from: Today.AddDays(-1)), ChangeContext()),
            DomainErrorKind.Invalid, "catalogChange.effectiveFrom", "effectiveFrom");

        var proposed = CatalogChangeRules.Propose(Number(), Deviation(), ChangeContext()).After;
        Assert.Equal((CatalogChangeKind.Deviation, CatalogChangeStatus.Proposed, City), (proposed.Kind, proposed.Status, proposed.CityCode));
        Assert.Equal(["timeLimitWorkingDays"], proposed.Differences);
    }

    [Fact]
    public void Only_a_director_of_the_point_proposes_and_only_the_city_s_director_approves_or_refuses()
    {
        Refused(() => CatalogChangeRules.Propose(Number(), Deviation() with { Actor = TownClerk() }, ChangeContext()), DomainErrorKind.Forbidden, "auth.role", "role");
        Refused(() => CatalogChangeRules.Propose(Number(), Deviation() with { Actor = Director with { Id = "d-forged" } }, ChangeContext()), DomainErrorKind.Forbidden, "auth.jurisdiction", "actor");
        Refused(() => CatalogChangeRules.Propose(Number(OtherTownship), Deviation(), ChangeContext()), DomainErrorKind.Forbidden, "auth.jurisdiction", "pointCode");

        var proposed = CatalogChangeRules.Propose(Number(), Deviation(), ChangeContext()).After;
        var context = ChangeContext();
        Assert.Empty(CatalogChangePolicy.Allowed(proposed, Director, context));
        Assert.Equal([CatalogChangeAction.Approve, CatalogChangeAction.Refuse], CatalogChangePolicy.Allowed(proposed, CityDirector, context));
        Refused(() => CatalogChangeRules.Approve(proposed, new ApproveCatalogChangeCommand(Director, null, null), context), DomainErrorKind.Forbidden, "auth.jurisdiction", "pointCode");
        Refused(() => CatalogChangeRules.Approve(proposed, new ApproveCatalogChangeCommand(CityMonitor, null, null), context), DomainErrorKind.Forbidden, "auth.role", "role");

        var refused = CatalogChangeRules.Refuse(proposed, new RefuseCatalogChangeCommand(CityDirector, "时限须全市统一"), context).After;
        Assert.Equal((CatalogChangeStatus.Refused, "时限须全市统一", true), (refused.Status, refused.RefusalReason, refused.IsClosed));
        Refused(() => CatalogChangeRules.Approve(refused, new ApproveCatalogChangeCommand(CityDirector, null, null), context), DomainErrorKind.Conflict, "catalogChange.illegalTransition", "status");
        Refused(() => CatalogChangeRules.Refuse(proposed, new RefuseCatalogChangeCommand(CityDirector, ""), context), DomainErrorKind.Invalid, "text.required", "reason");
    }

    [Fact]
    public void Approval_makes_the_version_effective_on_its_date()
    {
        var from = Today.AddDays(7);
        var proposed = CatalogChangeRules.Propose(Number(), Deviation(from: from), ChangeContext()).After;
        Refused(() => CatalogChangeRules.Approve(proposed, new ApproveCatalogChangeCommand(CityDirector, Today.AddDays(-1), null), ChangeContext()),
            DomainErrorKind.Invalid, "catalogChange.effectiveFrom", "effectiveFrom");
        var approved = CatalogChangeRules.Approve(proposed, new ApproveCatalogChangeCommand(CityDirector, null, "同意"), ChangeContext()).After;
        Assert.Equal((CatalogChangeStatus.Approved, from), (approved.Status, approved.EffectiveFrom));

        List<CatalogEntry> entries = [new(TownAllowance with { Version = 1, EffectiveFrom = Today }, Today, false)];
        entries.Add(ItemVersions.Versioned(entries, approved.Item, approved.Item.Id, from, i => i.Id, withdrawn: false) with { ChangeId = approved.Number });

        Assert.Equal((1, 5), Single(ItemVersions.InForce(entries, from.AddDays(-1), i => i.Id)));
        Assert.Equal((2, 3), Single(ItemVersions.InForce(entries, from, i => i.Id)));
        Assert.Equal((2, 3), Single(ItemVersions.InForce(entries, from.AddDays(30), i => i.Id)));
        Assert.Empty(ItemVersions.InForce(entries, Today.AddDays(-1), i => i.Id));

        static (int Version, int Limit) Single(IReadOnlyList<ServiceItem> items) => (Assert.Single(items).Version, items[0].TimeLimitWorkingDays);
    }

    [Fact]
    public void An_own_item_gets_its_code_from_the_city_when_approved()
    {
        var own = Items[Allowance] with { Id = "elderly-meal-card", Name = "老年助餐卡办理", Code = null };
        var proposed = CatalogChangeRules.Propose(Number(), new ProposeCatalogChangeCommand(Director, own, "本镇试点老年助餐", Today), ChangeContext()).After;
        Assert.Equal(CatalogChangeKind.LocalItem, proposed.Kind);
        var approved = CatalogChangeRules.Approve(proposed, new ApproveCatalogChangeCommand(CityDirector, null, null), ChangeContext()).After;
        Assert.Equal($"{Township}-ZX-7Q2M9XKD", approved.Item.Code);
        Assert.True(ItemCode.IsLocalOf(approved.Item.Code, Township));

        Refused(() => ImplementationListRules.Ensure([approved.Item], TownshipCode, Master, [], Today), DomainErrorKind.Conflict, "catalog.unapprovedDeviation", "items[0]");
        ImplementationListRules.Ensure([approved.Item], TownshipCode, Master, [new CatalogEntry(approved.Item with { Version = 1 }, Today, false) { ChangeId = approved.Number }], Today);
    }

    [Fact]
    public void Publishing_keeps_the_version_of_an_unchanged_item_and_withdraws_one_left_out()
    {
        var first = ItemVersions.Publish([], [TownAllowance, Items[SeniorCard] with { Code = "330182-QR-0001" }], Today, i => i.Id)!;
        Assert.Null(ItemVersions.Publish(first, [TownAllowance, Items[SeniorCard] with { Code = "330182-QR-0001" }], Today, i => i.Id));
        // A first version shows its day but is found on any day: there was no earlier one to keep.
        Assert.Equal([Today, Today], ItemVersions.InForce(first, Today.AddDays(-30), i => i.Id).Select(i => i.EffectiveFrom!.Value));
        var next = ItemVersions.Publish(first, [TownAllowance with { Hours = "8:30-17:30" }], Today.AddDays(1), i => i.Id)!;

        var tomorrow = ItemVersions.InForce(next, Today.AddDays(1), i => i.Id);
        Assert.Equal((Allowance, 2), (Assert.Single(tomorrow).Id, tomorrow[0].Version));
        Assert.Equal(2, ItemVersions.InForce(next, Today, i => i.Id).Count);
    }

    [Fact]
    public void A_matter_keeps_the_item_version_it_was_taken_in_under()
    {
        var v1 = Items[Allowance] with { Code = AllowanceCode, Version = 1 };
        var v2 = v1 with { Version = 2, TimeLimitWorkingDays = 3, RequiredMaterials = ["居民身份证", "户口簿"] };
        var taken = MatterRules.Accept(NewReceipt(), Intake(Allowance, AllowanceMaterials), v1, null, Context()).After;
        var later = MatterRules.Accept(NewReceipt(), Intake(Allowance, "居民身份证", "户口簿"), v2, null, Context()).After;

        Assert.Equal((AllowanceCode, 1, 5), (taken.ItemCode, taken.ItemVersion, taken.TimeLimitWorkingDays));
        Assert.Equal(AllowanceMaterials, taken.RequiredMaterials);
        Assert.Equal((2, 3), (later.ItemVersion, later.TimeLimitWorkingDays));
        Assert.Equal((1, AllowanceCode), (taken.ToView().ItemVersion, taken.ToView().ItemCode));
    }

    [Fact]
    public void The_flow_chart_of_an_item_decided_above_the_point_carries_it_up_and_brings_the_result_back()
    {
        var item = Items[Felling] with { Procedure = "村站受理并登记→审核→审批→送达申请人" };
        var flow = ItemFlow.Of(item, VillageProfile, "村务窗口");

        Assert.Equal(
            [FlowStepKind.Intake, FlowStepKind.HandUp, FlowStepKind.HandUp, FlowStepKind.Step, FlowStepKind.Step, FlowStepKind.Result],
            flow.Select(s => s.Kind));
        Assert.Equal("村站受理并登记", flow[0].Label);
        Assert.Contains("15个工作日", flow[^1].Label, StringComparison.Ordinal);
        Assert.Equal("市政务服务中心", flow[3].Where);

        var immediate = ItemFlow.Of(Items[SeniorCard], TownshipProfile, "民政窗口");
        Assert.Equal([FlowStepKind.Intake, FlowStepKind.Step, FlowStepKind.Result], immediate.Select(s => s.Kind));
        Assert.Contains("当场办结", immediate[^1].Label, StringComparison.Ordinal);
    }

    [Fact]
    public void A_master_item_carries_a_code_of_its_city()
    {
        Assert.Equal(AllowanceCode, ServiceItemCheck.ForMaster(MasterAllowance, "items[0]", City).Code);
        Refused(() => ServiceItemCheck.ForMaster(MasterAllowance with { Code = "330183-JF-0001" }, "items[0]", City), DomainErrorKind.Invalid, "item.code", "items[0].code");
        Refused(() => ServiceItemCheck.ForMaster(MasterAllowance with { Code = "330182-AB-0001" }, "items[0]", City), DomainErrorKind.Invalid, "item.code", "items[0].code");
    }
}
