using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Citizens;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Petitions;
using Network.Grains.Petitions;
using Network.Grains.Petitions.Rules;
using Network.Grains.Tests.Oversight;
using static Network.Grains.Tests.Rules.RuleFixture;

namespace Network.Grains.Tests.ApplicantCases;

/// <summary>Petitions (信访) on their rules alone: the 15-day decision, the 60-day handling, their flags.</summary>
public sealed class PetitionRulesTests
{
    private static readonly DateOnly Monday = OversightFixture.Monday; // Mon 16 Nov 2026

    private static string NewNumber(DateOnly? day = null) => CaseNumber.New(CaseNumber.Petition, DivisionCode.Parse(Township), day ?? Monday);

    private static RegisterPetitionCommand Lodged(Citizen? petitioner = null, Actor? actor = null) =>
        new(actor ?? TownClerk(), Township, PetitionChannel.Visit, petitioner ?? Rules.RuleFixture.Citizen, "村道硬化工程占用承包地，补偿未到位。");

    private static PetitionState Registered(DateOnly? day = null) =>
        PetitionRules.Register(NewNumber(day), Lodged(), OversightFixture.Context(day)).After;

    private static PetitionState Accepted(DateOnly registered, DateOnly accepted) =>
        PetitionRules.Accept(Registered(registered), new AcceptPetitionCommand(Director, null), OversightFixture.Context(accepted)).After;

    [Fact]
    public void A_petition_must_be_decided_within_15_calendar_days_of_registration()
    {
        Assert.Equal(new DateOnly(2026, 12, 1), Registered().DecideBy);
    }

    [Fact]
    public void A_period_ending_on_a_day_off_ends_on_the_next_working_day()
    {
        // Mon 21 Sep + 15 days = Tue 6 Oct, inside the National Day holiday (1-7 Oct): the 8th.
        Assert.Equal(new DateOnly(2026, 10, 8), Registered(new DateOnly(2026, 9, 21)).DecideBy);
        // Tue 17 Nov + 60 days = Sat 16 Jan 2027: the Monday after.
        Assert.Equal(new DateOnly(2027, 1, 18), Accepted(Monday, Monday.AddDays(1)).ReplyBy);
    }

    [Fact]
    public void A_petition_not_decided_within_15_days_is_flagged_yellow_the_working_day_before_and_red_after()
    {
        var state = Registered();

        var before = PetitionRules.CheckDeadlines(state, OversightFixture.Context(new DateOnly(2026, 11, 27)));
        var yellow = PetitionRules.CheckDeadlines(state, OversightFixture.Context(new DateOnly(2026, 11, 30))).After;
        var red = PetitionRules.CheckDeadlines(yellow, OversightFixture.Context(new DateOnly(2026, 12, 2))).After;

        Assert.True(before.IsEmpty);
        Assert.Equal((FlagLevel.Yellow, FlagLevel.Red), (yellow.DecisionFlag, red.DecisionFlag));
        Assert.Equal(FlagLevel.Red, red.Flag);
        Assert.Null(PetitionRules.NextCheck(red, ShippedCalendar));
    }

    [Fact]
    public void An_accepted_petition_not_replied_to_within_60_days_is_flagged_yellow_then_red()
    {
        var state = Accepted(Monday, Monday.AddDays(1)); // reply by Mon 18 Jan 2027

        Assert.Equal(FlagLevel.None, state.Flag);
        var yellow = PetitionRules.CheckDeadlines(state, OversightFixture.Context(new DateOnly(2027, 1, 15))).After;
        var red = PetitionRules.CheckDeadlines(yellow, OversightFixture.Context(new DateOnly(2027, 1, 19))).After;

        Assert.Equal((FlagLevel.Yellow, FlagLevel.Red), (yellow.HandlingFlag, red.HandlingFlag));
        Assert.Equal("HandlingFlaggedRed", PetitionRules.CheckDeadlines(yellow, OversightFixture.Context(new DateOnly(2027, 1, 19))).LastAction);
    }

    [Fact]
    public void The_handling_limit_may_be_extended_once_by_at_most_30_days_with_a_reason()
    {
        var state = Accepted(Monday, Monday.AddDays(1));

        var tooLong = Assert.Throws<DomainException>(() => PetitionRules.Extend(state, new ExtendPetitionCommand(Director, 31, "情况复杂"), OversightFixture.Context(Monday.AddDays(2))));
        var extended = PetitionRules.Extend(state, new ExtendPetitionCommand(Director, 30, "涉及多个部门，需现场勘测"), OversightFixture.Context(Monday.AddDays(2))).After;
        var twice = Assert.Throws<DomainException>(() => PetitionRules.Extend(extended, new ExtendPetitionCommand(Director, 5, "再延"), OversightFixture.Context(Monday.AddDays(3))));

        Assert.Equal(("days", DomainErrorKind.Invalid), (tooLong.Field, tooLong.Kind));
        // 17 Nov + 90 days = Mon 15 Feb 2027.
        Assert.Equal((new DateOnly(2027, 2, 15), 30), (extended.ReplyBy, extended.ExtendedDays));
        Assert.Equal("petition.alreadyExtended", twice.Code);
    }

    [Fact]
    public void A_declined_petition_names_the_reason_and_where_to_turn_and_is_closed_without_flags()
    {
        var state = PetitionRules.Decline(Registered(), new DeclinePetitionCommand(Director, "属于诉讼程序解决事项", "向人民法院提起诉讼"), OversightFixture.Context()).After;

        Assert.Equal((PetitionStatus.NotAccepted, true, null), (state.Status, state.IsClosed, state.DueDate));
        Assert.True(PetitionRules.CheckDeadlines(state, OversightFixture.Context(new DateOnly(2027, 1, 1))).IsEmpty);
    }

    [Fact]
    public void Only_a_director_of_the_point_decides_replies_and_a_petition_is_never_an_immediate_matter()
    {
        var state = Registered();

        var clerk = Assert.Throws<DomainException>(() => PetitionRules.Accept(state, new AcceptPetitionCommand(TownClerk(), null), OversightFixture.Context()));
        var early = Assert.Throws<DomainException>(() => PetitionRules.Reply(state, new ReplyPetitionCommand(Director, "答复"), OversightFixture.Context()));

        Assert.Equal(DomainErrorKind.Forbidden, clerk.Kind);
        Assert.Equal(DomainErrorKind.Conflict, early.Kind);
        Assert.Equal([PetitionAction.Accept, PetitionAction.Decline], PetitionPolicy.Allowed(state, Director, OversightFixture.Context()));
        Assert.Empty(PetitionPolicy.Allowed(state, TownClerk(), OversightFixture.Context()));
    }

    [Fact]
    public void An_organisation_petitions_by_its_credit_code_and_a_wrong_check_character_is_refused()
    {
        var organisation = new Citizen("某某建筑有限公司", "91350100M000100Y43", null) { DocumentType = IdentityDocumentType.UnifiedSocialCreditCode };

        var state = PetitionRules.Register(NewNumber(), Lodged(organisation), OversightFixture.Context()).After;
        var e = Assert.Throws<DomainException>(() => PetitionRules.Register(NewNumber(), Lodged(organisation with { ResidentId = "91350100M000100Y40" }), OversightFixture.Context()));

        Assert.Equal("某某建筑有限公司 91350100M000100Y43", state.ToView(false).Petitioner);
        Assert.Equal(("petitioner.residentId", "creditCode.invalid"), (e.Field, e.Code));
    }
}
