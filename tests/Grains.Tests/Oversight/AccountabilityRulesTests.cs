using Network.Grains.Accountability;
using Network.Grains.Accountability.Rules;
using Network.Grains.Interfaces.Accountability;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Tests.Rules;
using static Network.Grains.Tests.Oversight.OversightFixture;

namespace Network.Grains.Tests.Oversight;

/// <summary>Accountability records (责任追究) on the pure rules and policy, without a cluster.</summary>
public sealed class AccountabilityRulesTests
{
    private static string RecordNumber(string point = RuleFixture.Township) => CaseNumber.New(CaseNumber.Accountability, DivisionCode.Parse(point), Monday);

    private static RecordAccountabilityCommand Against(string? clerk, string? window, Actor? by = null, string? caseId = null, AccountabilityMeasure measure = AccountabilityMeasure.Admonition) =>
        new(by ?? RuleFixture.Director, RuleFixture.Township, clerk, window, "办件超期未办结且未说明原因", measure, new AccountabilityLink(AccountabilityLinkKind.Matter, caseId ?? Matter.CaseId));

    /// <summary>A red-flagged matter of the township, the case the records follow from.</summary>
    private static readonly Grains.Oversight.LinkedCase Matter = FlaggedMatter(FlagLevel.Red, RuleFixture.Township);

    private static AccountabilityState Recorded(string? clerk = RuleFixture.ClerkA, string? window = null) =>
        AccountabilityRules.Record(RecordNumber(), Against(clerk, window), Context(linked: Matter)).After;

    [Fact]
    public void An_accountability_record_names_the_reason_the_measure_and_the_case_it_follows_from()
    {
        var record = Recorded();

        Assert.Equal((RuleFixture.ClerkA, "张丽", AccountabilityMeasure.Admonition), (record.ClerkId, record.ClerkName, record.Measure));
        Assert.Equal(new AccountabilityLink(AccountabilityLinkKind.Matter, Matter.CaseId), record.Link);
        Assert.Equal(AccountabilityStatus.Recorded, record.Status);
        Assert.Equal(RuleFixture.Township, record.RecordedAtPointCode);
    }

    [Fact]
    public void The_clerk_held_to_account_reads_and_acknowledges_it()
    {
        var record = Recorded();
        var clerk = RuleFixture.TownClerk();

        Assert.True(AccountabilityPolicy.CanRead(record, clerk, Context()));
        Assert.False(AccountabilityPolicy.CanRead(record, RuleFixture.TownClerk(RuleFixture.ClerkB), Context()));
        Assert.True(AccountabilityPolicy.CanRead(record, RuleFixture.CityMonitor, Context())); // assessments
        Assert.Equal([AccountabilityAction.Acknowledge], AccountabilityPolicy.Allowed(record, clerk, Context()));
        Assert.Empty(AccountabilityPolicy.Allowed(record, RuleFixture.Director, Context()));
        var read = AccountabilityRules.Acknowledge(record, new AcknowledgeAccountabilityCommand(clerk), Context()).After;
        Assert.Equal(AccountabilityStatus.Acknowledged, read.Status);
        Assert.True(read.IsClosed);
        RuleFixture.Refused(() => AccountabilityRules.Acknowledge(record, new AcknowledgeAccountabilityCommand(RuleFixture.Director), Context()), DomainErrorKind.Forbidden, "accountability.notYours", "actor");
    }

    [Fact]
    public void A_record_against_a_window_concerns_its_a_and_b_clerks()
    {
        var record = Recorded(clerk: null, window: RuleFixture.CivilAffairs);

        Assert.True(AccountabilityPolicy.Concerns(record, RuleFixture.TownClerk(RuleFixture.ClerkB), Context()));
        Assert.False(AccountabilityPolicy.Concerns(record, RuleFixture.TownClerk(RuleFixture.LandClerk), Context()));
    }

    [Fact]
    public void No_one_records_accountability_against_themselves()
    {
        RuleFixture.Refused(() => AccountabilityRules.Record(RecordNumber(), Against(RuleFixture.TownshipDirectorId, null), Context(linked: Matter)), DomainErrorKind.Forbidden, "accountability.self", "clerkId");
        var byCity = AccountabilityRules.Record(RecordNumber(), Against(RuleFixture.TownshipDirectorId, null, CitySupervisor), Context(linked: Matter)).After;
        Assert.Equal(RuleFixture.City, byCity.RecordedAtPointCode);
    }

    [Fact]
    public void Only_directors_and_supervisors_within_reach_record_accountability()
    {
        RuleFixture.Refused(() => AccountabilityRules.Record(RecordNumber(), Against(RuleFixture.ClerkA, null, RuleFixture.TownClerk(RuleFixture.ClerkB)), Context(linked: Matter)), DomainErrorKind.Forbidden, "auth.role", "role");
        var other = new Actor("d-other", ActorRole.CenterDirector, RuleFixture.OtherTownship);
        RuleFixture.Refused(() => AccountabilityRules.Record(RecordNumber(), Against(RuleFixture.ClerkA, null, other), Context(linked: Matter)), DomainErrorKind.Forbidden, "auth.jurisdiction", "pointCode");
    }

    [Fact]
    public void Bad_input_is_refused_with_the_field_and_reason()
    {
        RuleFixture.Refused(() => AccountabilityRules.Record(RecordNumber(), Against(null, null), Context(linked: Matter)), DomainErrorKind.Invalid, "accountability.subjectRequired", "clerkId");
        RuleFixture.Refused(() => AccountabilityRules.Record(RecordNumber(), Against("c-nobody", null), Context(linked: Matter)), DomainErrorKind.NotFound, "clerk.unknown", "clerkId");
        RuleFixture.Refused(() => AccountabilityRules.Record(RecordNumber(), Against(RuleFixture.ClerkA, RuleFixture.Land), Context(linked: Matter)), DomainErrorKind.Invalid, "accountability.clerkNotAtWindow", "clerkId");
        RuleFixture.Refused(() => AccountabilityRules.Record(RecordNumber(), Against(RuleFixture.ClerkA, null), Context()), DomainErrorKind.NotFound, "accountability.linkUnknown", "link.caseId");
        RuleFixture.Refused(() => AccountabilityRules.Record(RecordNumber(), Against(RuleFixture.ClerkA, null, measure: (AccountabilityMeasure)7), Context(linked: Matter)), DomainErrorKind.Invalid, "accountability.measure", "measure");
        var elsewhere = FlaggedMatter(FlagLevel.Red, RuleFixture.OtherTownship);
        RuleFixture.Refused(() => AccountabilityRules.Record(RecordNumber(), Against(RuleFixture.ClerkA, null, caseId: elsewhere.CaseId), Context(linked: elsewhere)), DomainErrorKind.Invalid, "accountability.linkOtherPoint", "link.caseId");
    }
}
