using Network.Grains.Consultations;
using Network.Grains.Consultations.Rules;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Consultations;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;
using Network.Grains.Tests.Oversight;
using static Network.Grains.Tests.Rules.RuleFixture;

namespace Network.Grains.Tests.ApplicantCases;

/// <summary>Consultations (咨询) on their rules alone: recorded without intake, owned by the clerk asked first.</summary>
public sealed class ConsultationRulesTests
{
    private static string NewNumber(string point = Township) => CaseNumber.New(CaseNumber.Consultation, DivisionCode.Parse(point), OversightFixture.Monday);

    private static RecordConsultationCommand Asked(string? answer = null, Actor? actor = null, string point = Township) =>
        new(actor ?? TownClerk(), point, ConsultationChannel.Visit, "低保申请需要哪些材料？", answer, new Inquirer("李秀兰", "13900139000"), CivilAffairs);

    private static ConsultationState Open() => ConsultationRules.Record(NewNumber(), Asked(), OversightFixture.Context()).After;

    [Fact]
    public void A_consultation_is_recorded_without_intake_and_the_clerk_asked_first_owns_it()
    {
        var state = Open();

        Assert.Equal((ConsultationStatus.Open, ClerkA, ClerkA, null), (state.Status, state.FirstClerkId, state.OwnerClerkId, state.MatterReceiptNumber));
        Assert.False(state.IsClosed);
    }

    [Fact]
    public void A_consultation_answered_on_the_spot_is_recorded_answered()
    {
        var state = ConsultationRules.Record(NewNumber(), Asked("身份证、户口簿、家庭收入证明。"), OversightFixture.Context()).After;

        Assert.Equal(ConsultationStatus.Answered, state.Status);
        Assert.NotNull(state.AnsweredAt);
        Assert.True(state.IsClosed);
    }

    [Fact]
    public void Only_the_owner_answers_and_only_once()
    {
        var state = Open();

        var other = Assert.Throws<DomainException>(() => ConsultationRules.Answer(state, new AnswerConsultationCommand(TownClerk(ClerkB), "答复"), OversightFixture.Context()));
        var answered = ConsultationRules.Answer(state, new AnswerConsultationCommand(TownClerk(), "三样材料。"), OversightFixture.Context()).After;
        var again = Assert.Throws<DomainException>(() => ConsultationRules.Answer(answered, new AnswerConsultationCommand(TownClerk(), "再答"), OversightFixture.Context()));

        Assert.Equal((DomainErrorKind.Forbidden, "consultation.notOwner"), (other.Kind, other.Code));
        Assert.Equal(DomainErrorKind.Conflict, again.Kind);
    }

    [Fact]
    public void First_inquiry_passes_only_by_an_explicit_hand_over_to_a_clerk_of_the_point()
    {
        var state = Open();

        var unknown = Assert.Throws<DomainException>(() => ConsultationRules.HandOver(state, new HandOverConsultationCommand(TownClerk(), "c-nobody", null), OversightFixture.Context()));
        var handed = ConsultationRules.HandOver(state, new HandOverConsultationCommand(TownClerk(), LandClerk, "国土问题转国土窗口"), OversightFixture.Context());
        var byDirector = ConsultationRules.HandOver(handed.After, new HandOverConsultationCommand(Director, ClerkB, null), OversightFixture.Context());

        Assert.Equal(("toClerkId", DomainErrorKind.NotFound), (unknown.Field, unknown.Kind));
        Assert.Equal((ClerkA, LandClerk), (handed.After.FirstClerkId, handed.After.OwnerClerkId));
        Assert.Equal(ClerkB, byDirector.After.OwnerClerkId);
        Assert.Contains("中心主任", byDirector.Steps[0].Row.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clerk_records_consultations_at_their_own_point_only_and_a_monitor_never()
    {
        var otherPoint = Assert.Throws<DomainException>(() => ConsultationRules.Record(NewNumber(OtherTownship), Asked(point: OtherTownship), OversightFixture.Context()));
        var monitor = Assert.Throws<DomainException>(() => ConsultationRules.Record(NewNumber(), Asked(actor: new Actor("m-330182", ActorRole.CityMonitor, City)), OversightFixture.Context()));
        var forged = Assert.Throws<DomainException>(() => ConsultationRules.Record(NewNumber(), Asked(actor: TownClerk("c-forged")), OversightFixture.Context()));

        Assert.All([otherPoint, monitor, forged], e => Assert.Equal(DomainErrorKind.Forbidden, e.Kind));
    }

    [Theory]
    [InlineData(" ", "topic", "text.required")]
    [InlineData("x", "inquirer.phone", "phone.invalid")]
    public void Bad_input_is_refused_naming_the_field(string topic, string field, string code)
    {
        var command = topic == "x" ? Asked() with { Inquirer = new Inquirer("李", "abc") } : Asked() with { Topic = topic };

        var e = Assert.Throws<DomainException>(() => ConsultationRules.Record(NewNumber(), command, OversightFixture.Context()));

        Assert.Equal((field, code), (e.Field, e.Code));
    }

    [Fact]
    public void Who_asked_is_in_clear_to_the_owner_and_the_director_and_masked_to_other_clerks()
    {
        var state = Open();

        Assert.True(ConsultationPolicy.ShowsInquirer(state, TownClerk(), OversightFixture.Context()));
        Assert.True(ConsultationPolicy.ShowsInquirer(state, Director, OversightFixture.Context()));
        Assert.False(ConsultationPolicy.ShowsInquirer(state, TownClerk(ClerkB), OversightFixture.Context()));
        Assert.Equal(("李**", "*******9000"), (state.ToView(false).InquirerName, state.ToView(false).InquirerPhone));
    }

    [Fact]
    public void The_matter_a_consultation_turns_into_has_its_number_without_the_consultation_prefix()
    {
        Assert.Equal("330182101-20261116-7Q2M9XKD", ConsultationRules.MatterReceiptOf("330182101-ZX20261116-7Q2M9XKD"));
    }

    [Fact]
    public void The_owner_may_turn_an_open_or_answered_consultation_into_a_matter_but_not_twice()
    {
        var state = Open();

        Assert.Contains(ConsultationAction.TurnIntoMatter, ConsultationPolicy.Allowed(state, TownClerk(), OversightFixture.Context()));
        Assert.DoesNotContain(ConsultationAction.TurnIntoMatter, ConsultationPolicy.Allowed(state, TownClerk(ClerkB), OversightFixture.Context()));
        var turned = state with { Status = ConsultationStatus.TurnedIntoMatter, MatterReceiptNumber = ConsultationRules.MatterReceiptOf(state.Number) };
        Assert.Empty(ConsultationPolicy.Allowed(turned, TownClerk(), OversightFixture.Context()));
    }
}
