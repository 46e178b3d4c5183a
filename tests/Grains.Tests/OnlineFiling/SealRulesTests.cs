using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Seals;
using Network.Grains.Seals;
using Network.Grains.Seals.Rules;
using Network.Grains.Tests.Rules;
using static Network.Grains.Tests.Oversight.OversightFixture;

namespace Network.Grains.Tests.OnlineFiling;

/// <summary>The seal register's rules (印章加编号，使用审批、登记、备案) on the pure rules and policy.</summary>
public sealed class SealRulesTests
{
    private static readonly string Key = SealKey.Of(RuleFixture.Township, "YZ-001");
    private static readonly Actor Custodian = RuleFixture.TownClerk(RuleFixture.ClerkA);
    private static readonly Actor Asker = RuleFixture.TownClerk(RuleFixture.PlanningClerk);

    private static SealState Issued() =>
        SealRules.Issue(Key, new IssueSealCommand(RuleFixture.Director, "测试镇便民服务中心业务专用章", "办件承诺单、一次性告知书、办结通知", RuleFixture.ClerkA), Context()).After;

    private static SealState Requested() =>
        SealRules.RequestUse(Issued(), new RequestSealUseCommand(Asker, "生育证办结通知书", RuleFixture.NewReceipt(), 2), Context()).After;

    [Fact]
    public void A_seal_is_issued_with_its_number_custodian_and_scope_and_a_record()
    {
        var seal = Issued();
        Assert.Equal(("YZ-001", RuleFixture.ClerkA, "张丽", SealStatus.InUse), (seal.SerialNumber, seal.CustodianId, seal.CustodianName, seal.Status));
        Assert.Equal("Issued", Assert.Single(seal.Custody).Event);

        Assert.Equal("auth.role", Assert.Throws<DomainException>(() =>
            SealRules.Issue(Key, new IssueSealCommand(Custodian, "章", "范围", RuleFixture.ClerkA), Context())).Code);
        Assert.Equal("auth.jurisdiction", Assert.Throws<DomainException>(() =>
            SealRules.Issue(SealKey.Of(RuleFixture.OtherTownship, "YZ-001"), new IssueSealCommand(RuleFixture.Director, "章", "范围", "c-other-a"), Context())).Code);
        Assert.Equal("clerk.unknown", Assert.Throws<DomainException>(() =>
            SealRules.Issue(Key, new IssueSealCommand(RuleFixture.Director, "章", "范围", "c-nobody"), Context())).Code);
        // The city's director may issue seals to a township below it.
        Assert.Equal(RuleFixture.Township, SealRules.Issue(Key, new IssueSealCommand(RuleFixture.CityDirector, "章", "范围", RuleFixture.ClerkB), Context()).After.PointCode);
    }

    [Fact]
    public void A_seal_use_without_approval_is_refused()
    {
        var requested = Requested();
        var refused = Assert.Throws<DomainException>(() => SealRules.RecordUse(requested, new RecordSealUseCommand(Custodian, 1), Context()));
        Assert.Equal((DomainErrorKind.Conflict, "seal.useNotApproved"), (refused.Kind, refused.Code));

        var unknown = Assert.Throws<DomainException>(() => SealRules.RecordUse(Issued(), new RecordSealUseCommand(Custodian, 1), Context()));
        Assert.Equal("seal.useUnknown", unknown.Code);
    }

    [Fact]
    public void A_use_is_approved_by_a_director_of_the_point_then_registered_once_by_the_custodian()
    {
        var requested = Requested();
        Assert.Equal("auth.role", Assert.Throws<DomainException>(() => SealRules.ApproveUse(requested, new ApproveSealUseCommand(Custodian, 1), Context())).Code);
        Assert.Equal("auth.jurisdiction", Assert.Throws<DomainException>(() => SealRules.ApproveUse(requested, new ApproveSealUseCommand(RuleFixture.CityDirector, 1), Context())).Code);
        var approved = SealRules.ApproveUse(requested, new ApproveSealUseCommand(RuleFixture.Director, 1), Context()).After;
        Assert.Equal(RuleFixture.TownshipDirectorId, approved.Use(1)!.ApprovedBy);

        Assert.Equal("seal.notCustodian", Assert.Throws<DomainException>(() => SealRules.RecordUse(approved, new RecordSealUseCommand(Asker, 1), Context())).Code);
        var used = SealRules.RecordUse(approved, new RecordSealUseCommand(Custodian, 1), Context());
        Assert.Equal(["Used"], used.Steps.Select(s => s.Row.Action));
        Assert.Equal(RuleFixture.ClerkA, used.After.Use(1)!.UsedBy);
        Assert.Equal("seal.useRecorded", Assert.Throws<DomainException>(() => SealRules.RecordUse(used.After, new RecordSealUseCommand(Custodian, 1), Context())).Code);
    }

    [Fact]
    public void A_director_does_not_approve_a_use_they_asked_for()
    {
        var asked = SealRules.RequestUse(Issued(), new RequestSealUseCommand(RuleFixture.Director, "中心工作报告", null, 1), Context()).After;
        Assert.Equal("seal.ownRequest", Assert.Throws<DomainException>(() => SealRules.ApproveUse(asked, new ApproveSealUseCommand(RuleFixture.Director, 1), Context())).Code);
    }

    [Fact]
    public void A_transfer_and_a_retirement_are_recorded_and_a_retired_seal_is_never_used_again()
    {
        var transferred = SealRules.Transfer(Issued(), new TransferSealCommand(RuleFixture.Director, RuleFixture.ClerkB, "张丽休产假"), Context()).After;
        Assert.Equal((RuleFixture.ClerkB, "李娜"), (transferred.CustodianId, transferred.CustodianName));
        Assert.Equal(["Issued", "Transferred"], transferred.Custody.Select(c => c.Event));
        Assert.Equal("张丽休产假", transferred.Custody[^1].Reason);
        Assert.Equal("seal.notCustodian", SealPolicy.Check(transferred, Custodian, SealAction.RecordUse, Context())!.Code);

        var retired = SealRules.Retire(transferred, new RetireSealCommand(RuleFixture.Director, "机构更名，旧章缴销"), Context()).After;
        Assert.Equal((SealStatus.Retired, "Retired"), (retired.Status, retired.Custody[^1].Event));
        Assert.True(retired.IsClosed);
        Assert.Equal("seal.illegalTransition", Assert.Throws<DomainException>(() =>
            SealRules.RequestUse(retired, new RequestSealUseCommand(Asker, "通知", null, 1), Context())).Code);
        Assert.Empty(SealPolicy.Allowed(retired, RuleFixture.Director, Context()));
    }

    [Fact]
    public void A_seal_number_is_capital_letters_digits_or_hyphens()
    {
        Assert.Equal("seal.serialNumber", Assert.Throws<DomainException>(() => SealKey.Of(RuleFixture.Township, "yz 1")).Code);
        Assert.Equal((RuleFixture.Township, "YZ-001"), SealKey.Parse(Key));
    }

    [Fact]
    public void Only_a_director_of_the_point_or_above_is_offered_to_issue_a_seal_and_a_seal_itself_never_offers_it()
    {
        var seal = Issued();
        Assert.Null(SealPolicy.Check(seal, RuleFixture.Director, SealAction.Issue, Context()));
        Assert.Null(SealPolicy.Check(seal, RuleFixture.CityDirector, SealAction.Issue, Context()));
        Assert.Equal("auth.role", SealPolicy.Check(seal, Custodian, SealAction.Issue, Context())!.Code);
        Assert.DoesNotContain(SealAction.Issue, SealPolicy.Allowed(seal, RuleFixture.Director, Context()));

        // What the console draws for each: the director approves others' uses, the custodian registers approved ones.
        var requested = Requested();
        Assert.Equal([1], SealGrain.ViewFor(requested, RuleFixture.Director, Context()).ApprovableUses);
        Assert.Empty(SealGrain.ViewFor(requested, Custodian, Context()).RecordableUses);
        var approved = SealRules.ApproveUse(requested, new ApproveSealUseCommand(RuleFixture.Director, 1), Context()).After;
        Assert.Equal([1], SealGrain.ViewFor(approved, Custodian, Context()).RecordableUses);
        Assert.Empty(SealGrain.ViewFor(approved, Asker, Context()).RecordableUses);
    }
}
