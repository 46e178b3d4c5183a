using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.ProxyErrands;
using Network.Grains.Interfaces.Network;
using Network.Grains.ProxyErrands;
using Network.Grains.ProxyErrands.Rules;
using Network.Grains.Tests.Oversight;
using static Network.Grains.Tests.Rules.RuleFixture;

namespace Network.Grains.Tests.ApplicantCases;

/// <summary>帮办代办's seven steps on their rules alone: in order, delivery after the matter closes, the call-back on time.</summary>
public sealed class ProxyErrandRulesTests
{
    private static readonly DateOnly Monday = OversightFixture.Monday; // Mon 16 Nov 2026
    private static readonly string Receipt = ReceiptNumber.New(DivisionCode.Parse(Village), Monday);

    private static ErrandMatter Matter(bool closed = false, string? reference = "委托书2026-15") => new(Receipt, Village, closed, reference);

    private static ProxyErrandState Opened() => ProxyErrandRules.Open(Receipt, new OpenProxyErrandCommand(Agent), Matter(), OversightFixture.Context()).After;

    private static ProxyErrandState Step(ProxyErrandState state, ProxyErrandStep step, DateOnly day, bool closed = true, int callBackDays = 5) =>
        ProxyErrandRules.RecordStep(state, new RecordErrandStepCommand(Agent, step, null), Matter(closed), OversightFixture.Context(day), callBackDays).After;

    [Fact]
    public void An_errand_opens_with_the_power_of_attorney_entrusted_and_the_matter_accepted()
    {
        var state = Opened();

        Assert.Equal([ProxyErrandStep.Entrusted, ProxyErrandStep.Accepted], state.Steps.Select(s => s.Step));
        Assert.Equal(("委托书2026-15", ProxyErrandStep.Handled), (state.AuthorisationReference, state.NextStep));
    }

    [Fact]
    public void A_matter_applied_for_in_person_has_no_proxy_errand()
    {
        var e = Assert.Throws<DomainException>(() => ProxyErrandRules.Open(Receipt, new OpenProxyErrandCommand(Agent), Matter(reference: null), OversightFixture.Context()));

        Assert.Equal("errand.noAuthorisation", e.Code);
    }

    [Fact]
    public void The_seven_steps_go_in_order_and_delivery_waits_for_the_matter_to_close()
    {
        var state = Opened();

        var skipped = Assert.Throws<DomainException>(() => Step(state, ProxyErrandStep.Delivered, Monday));
        var handled = Step(state, ProxyErrandStep.Handled, Monday, closed: false);
        var open = Assert.Throws<DomainException>(() => Step(handled, ProxyErrandStep.Delivered, Monday, closed: false));

        Assert.Equal("errand.stepOutOfOrder", skipped.Code);
        Assert.Equal("errand.matterOpen", open.Code);
        var done = Step(Step(Step(Step(handled, ProxyErrandStep.Delivered, Monday), ProxyErrandStep.Filed, Monday), ProxyErrandStep.Reported, Monday), ProxyErrandStep.CalledBack, Monday.AddDays(1));
        Assert.Equal(Enum.GetValues<ProxyErrandStep>(), done.Steps.Select(s => s.Step));
        Assert.True(done.IsClosed);
        Assert.Null(done.NextStep);
    }

    [Theory]
    [InlineData(3, 2026, 11, 19)]
    [InlineData(5, 2026, 11, 23)]
    public void The_call_back_is_due_the_configured_working_days_after_delivery(int days, int year, int month, int day)
    {
        var delivered = Step(Step(Opened(), ProxyErrandStep.Handled, Monday), ProxyErrandStep.Delivered, Monday, callBackDays: days);

        Assert.Equal(new DateOnly(year, month, day), delivered.CallBackDue);
    }

    [Fact]
    public void A_call_back_not_made_within_the_working_days_is_flagged_red()
    {
        var delivered = Step(Step(Opened(), ProxyErrandStep.Handled, Monday), ProxyErrandStep.Delivered, Monday); // due Mon 23 Nov

        var yellow = ProxyErrandRules.CheckDeadlines(delivered, OversightFixture.Context(new DateOnly(2026, 11, 20))).After;
        var red = ProxyErrandRules.CheckDeadlines(yellow, OversightFixture.Context(new DateOnly(2026, 11, 24))).After;
        var calledBackLate = Step(Step(Step(red, ProxyErrandStep.Filed, new DateOnly(2026, 11, 24)), ProxyErrandStep.Reported, new DateOnly(2026, 11, 24)), ProxyErrandStep.CalledBack, new DateOnly(2026, 11, 24));

        Assert.Equal((FlagLevel.Yellow, FlagLevel.Red), (yellow.CallBackFlag, red.CallBackFlag));
        Assert.Null(ProxyErrandRules.NextCheck(calledBackLate, ShippedCalendar));
        Assert.True(ProxyErrandRules.CheckDeadlines(calledBackLate, OversightFixture.Context(new DateOnly(2026, 12, 1))).IsEmpty);
    }

    [Fact]
    public void Only_the_staff_of_the_matter_s_point_record_the_steps()
    {
        var state = Opened();

        var e = Assert.Throws<DomainException>(() => ProxyErrandRules.RecordStep(state, new RecordErrandStepCommand(TownClerk(), ProxyErrandStep.Handled, null), Matter(), OversightFixture.Context(), 5));

        Assert.Equal(DomainErrorKind.Forbidden, e.Kind);
    }
}
