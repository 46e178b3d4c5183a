using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Queries;
using Network.Grains.Matters.Rules;
using Network.Grains.Queries.Search;
using static Network.Grains.Tests.Rules.RuleFixture;

namespace Network.Grains.Tests.Reports;

/// <summary>A matter as a line of the register (台帐): the columns and whether it was done on time, without a cluster.</summary>
public sealed class RegisterLinesTests
{
    private static readonly DateOnly EveOfNationalDay = new(2026, 9, 30);

    [Fact]
    public void A_matter_completed_after_the_holiday_but_by_its_working_day_deadline_is_on_time()
    {
        // Taken in Wed 30 Sep; 1-7 Oct off, Sat 10 Oct a make-up workday: 5 working days end Tue 13 Oct.
        var accepted = AcceptedAllowance(EveOfNationalDay);
        var completed = MatterRules.Complete(accepted, new CompleteCommand(TownClerk(), "准予纳入低保"), Context(new DateOnly(2026, 10, 13))).After;

        var line = RegisterLines.From(completed, new DateOnly(2026, 10, 20), ClerkNames.None);

        Assert.Equal(new DateOnly(2026, 10, 13), line.PromisedOn);
        Assert.Equal(new DateOnly(2026, 10, 13), line.CompletedOn);
        Assert.Equal(Timeliness.OnTime, line.Timeliness);
        Assert.Equal("准予纳入低保", line.Result);
    }

    [Fact]
    public void A_matter_completed_the_day_after_its_deadline_is_late()
    {
        var accepted = AcceptedAllowance(EveOfNationalDay);
        var completed = MatterRules.Complete(accepted, new CompleteCommand(TownClerk(), null), Context(new DateOnly(2026, 10, 14))).After;

        Assert.Equal(Timeliness.Late, RegisterLines.From(completed, new DateOnly(2026, 10, 20), ClerkNames.None).Timeliness);
    }

    [Fact]
    public void An_open_matter_is_overdue_once_its_deadline_has_passed_and_pending_until_then()
    {
        var accepted = AcceptedAllowance(EveOfNationalDay);

        Assert.Equal(Timeliness.Pending, RegisterLines.From(accepted, new DateOnly(2026, 10, 13), ClerkNames.None).Timeliness);
        Assert.Equal(Timeliness.Overdue, RegisterLines.From(accepted, new DateOnly(2026, 10, 14), ClerkNames.None).Timeliness);
    }

    [Fact]
    public void A_matter_waiting_for_materials_before_its_clock_started_has_no_promised_date()
    {
        var waiting = Accepted(Intake(Allowance, "居民身份证"), EveOfNationalDay);

        var line = RegisterLines.From(waiting, new DateOnly(2026, 12, 1), ClerkNames.None);

        Assert.Equal(MatterStatus.AwaitingSupplement, line.Status);
        Assert.Null(line.PromisedOn);
        Assert.Equal(Timeliness.NoDeadline, line.Timeliness);
    }

    [Fact]
    public void An_immediate_matter_is_promised_for_the_day_it_is_taken_in()
    {
        var done = Accepted(Intake(SeniorCard, SeniorCardMaterials), EveOfNationalDay);

        var line = RegisterLines.From(done, EveOfNationalDay, ClerkNames.None);

        Assert.Equal(MatterKind.Immediate, line.Kind);
        Assert.Equal(EveOfNationalDay, line.PromisedOn);
        Assert.Equal(Timeliness.OnTime, line.Timeliness);
    }

    [Fact]
    public void The_register_shows_the_applicant_masked_and_the_handler_by_name()
    {
        var names = new ClerkNames();
        names.Add(TownshipProfile);
        var line = RegisterLines.From(AcceptedAllowance(EveOfNationalDay), EveOfNationalDay, names);

        Assert.Equal("王** 110***********002X", line.CitizenMasked);
        Assert.Equal(TownshipProfile.Windows.Single(w => w.Id == CivilAffairs).ClerkA.Name, line.HandlerName);
        Assert.Equal(TownshipProfile.Name, line.PointName);
        Assert.Equal(AllowanceMaterials, line.Materials);
        Assert.DoesNotContain("秀英", line.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_returned_matter_shows_its_reason_and_legal_basis_as_the_result()
    {
        var returned = MatterRules.Return(AcceptedAllowance(EveOfNationalDay), new ReturnCommand(TownClerk(), "家庭收入超过标准", "《社会救助暂行办法》第九条"), Context(new DateOnly(2026, 10, 9))).After;

        var line = RegisterLines.From(returned, new DateOnly(2026, 10, 9), ClerkNames.None);

        Assert.Equal("家庭收入超过标准 《社会救助暂行办法》第九条", line.Result);
        Assert.Equal(Timeliness.OnTime, line.Timeliness);
    }
}
