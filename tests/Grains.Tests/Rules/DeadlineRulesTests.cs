using Network.Grains.Interfaces.Calendar;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Matters;
using Network.Grains.Matters.Rules;
using static Network.Grains.Tests.Rules.RuleFixture;

namespace Network.Grains.Tests.Rules;

/// <summary>
/// Working-day deadlines on the real shipped calendar, the paused clock, electronic supervision
/// (yellow one working day before, red once passed) and the next check date; without a cluster.
/// </summary>
public sealed class DeadlineRulesTests
{
    // The allowance accepted Wed 30 Sep 2026 is due Tue 13 Oct (National Day 1-7 Oct, Sat 10 Oct a make-up workday).
    private static readonly DateOnly Due = new(2026, 10, 13);

    private static MatterRules.DeadlineCheck CheckOn(MatterState state, DateOnly day) => MatterRules.CheckDeadlines(state, Context(day));

    [Fact]
    public void The_clock_is_paused_during_a_requested_supplement_and_the_due_date_moves_by_the_paused_working_days()
    {
        var accepted = AcceptedAllowance();
        Assert.Equal(Due, accepted.DueDate);
        var paused = MatterRules.RequestSupplement(accepted, new RequestSupplementCommand(TownClerk(), ["家庭收入证明"]), Context()).After;

        // Back on the make-up Saturday: the National Day holiday does not count, Thu 8, Fri 9 and Sat 10 do.
        var change = MatterRules.SupplyMaterials(paused, new SupplyMaterialsCommand(TownClerk(ClerkB), ["家庭收入证明"]), Context(new DateOnly(2026, 10, 10)));

        Assert.Equal(["MaterialsSupplied", "Resumed"], Actions(change));
        var resumed = change.After;
        Assert.Equal((MatterStatus.InProgress, 3, (DateOnly?)null), (resumed.Status, resumed.PausedWorkingDays, resumed.PausedSince));
        // 5 + 3 working days after Wed 30 Sep: 8, 9, 10, 12, 13, 14, 15, 16 Oct.
        Assert.Equal(new DateOnly(2026, 10, 16), resumed.DueDate);
        Assert.Equal(Today, resumed.ClockStartedOn);
        Assert.Contains("暂停 3 个工作日", change.Steps[^1].Entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_supplement_answered_the_same_day_does_not_move_the_due_date()
    {
        var paused = MatterRules.RequestSupplement(AcceptedAllowance(), new RequestSupplementCommand(TownClerk(), ["户口簿"]), Context()).After;

        var resumed = MatterRules.SupplyMaterials(paused, new SupplyMaterialsCommand(TownClerk(), ["户口簿"]), Context()).After;

        Assert.Equal((0, Due), (resumed.PausedWorkingDays, resumed.DueDate!.Value));
    }

    [Fact]
    public void Paused_days_add_up_over_several_supplements()
    {
        var first = MatterRules.RequestSupplement(AcceptedAllowance(), new RequestSupplementCommand(TownClerk(), ["户口簿"]), Context()).After;
        var back = MatterRules.SupplyMaterials(first, new SupplyMaterialsCommand(TownClerk(), ["户口簿"]), Context(new DateOnly(2026, 10, 8))).After; // 1 day
        // The second notice is the director's to approve (一次性告知: the clerk's one is used).
        var second = MatterRules.ApproveSupplement(back, new ApproveSupplementCommand(Director, ["户口簿"], "户口簿复印件不清晰"), Context(new DateOnly(2026, 10, 9))).After;
        var again = MatterRules.SupplyMaterials(second, new SupplyMaterialsCommand(TownClerk(), ["户口簿"]), Context(new DateOnly(2026, 10, 12))).After; // Sat 10, Mon 12

        Assert.Equal(3, again.PausedWorkingDays);
        Assert.Equal(new DateOnly(2026, 10, 16), again.DueDate);
        Assert.Equal([(Today, 1, (string?)null), (new DateOnly(2026, 10, 9), 2, TownshipDirectorId)], again.Pauses.Select(p => (p.From, p.WorkingDays, p.ApprovedBy)));
    }

    [Fact]
    public void No_flag_is_raised_while_the_clock_is_paused_even_past_the_due_date()
    {
        var paused = MatterRules.RequestSupplement(AcceptedAllowance(), new RequestSupplementCommand(TownClerk(), ["户口簿"]), Context()).After;

        var check = CheckOn(paused, new DateOnly(2026, 10, 20));

        Assert.True(check.Change.IsEmpty);
        Assert.Empty(check.Flags);
        Assert.Null(MatterRules.NextCheck(paused, ShippedCalendar));
    }

    [Fact]
    public void Nothing_is_flagged_two_working_days_before_the_deadline_on_the_make_up_saturday()
    {
        var check = CheckOn(AcceptedAllowance(), new DateOnly(2026, 10, 10));

        Assert.True(check.Change.IsEmpty);
        Assert.Empty(check.Flags);
    }

    [Fact]
    public void A_yellow_warning_comes_one_working_day_before_the_deadline_and_is_returned_for_the_directors()
    {
        var check = CheckOn(AcceptedAllowance(), new DateOnly(2026, 10, 12));

        Assert.Equal(["FlaggedYellow"], Actions(check.Change));
        Assert.Equal(FlagLevel.Yellow, check.Change.After.Flag);
        var flag = Assert.Single(check.Flags);
        Assert.Equal((Township, (string?)null, FlagLevel.Yellow, Due, At(new DateOnly(2026, 10, 12))), (flag.PointCode, flag.PartWindowId, flag.Level, flag.DueDate, flag.RaisedAt));
        Assert.Equal(Actor.Supervision.Id, check.Change.Steps[0].Entry.ActorId);
    }

    [Fact]
    public void A_yellow_warning_is_raised_once_and_the_due_day_itself_is_still_on_time()
    {
        var yellow = CheckOn(AcceptedAllowance(), new DateOnly(2026, 10, 12)).Change.After;

        var sameDay = CheckOn(yellow, new DateOnly(2026, 10, 12));
        var dueDay = CheckOn(yellow, Due);

        Assert.True(sameDay.Change.IsEmpty);
        Assert.True(dueDay.Change.IsEmpty);
        Assert.Empty(dueDay.Flags);
    }

    [Fact]
    public void A_red_flag_comes_once_the_deadline_has_passed()
    {
        var yellow = CheckOn(AcceptedAllowance(), new DateOnly(2026, 10, 12)).Change.After;

        var check = CheckOn(yellow, new DateOnly(2026, 10, 14));

        Assert.Equal(["FlaggedRed"], Actions(check.Change));
        Assert.Equal(FlagLevel.Red, check.Change.After.Flag);
        Assert.Equal(FlagLevel.Red, Assert.Single(check.Flags).Level);
        Assert.True(CheckOn(check.Change.After, new DateOnly(2026, 10, 20)).Change.IsEmpty); // red is the last flag
    }

    [Fact]
    public void A_matter_first_checked_after_its_deadline_goes_straight_to_red()
    {
        var check = CheckOn(AcceptedAllowance(), new DateOnly(2026, 10, 15));

        Assert.Equal(["FlaggedRed"], Actions(check.Change));
        Assert.Equal(FlagLevel.Red, Assert.Single(check.Flags).Level);
    }

    [Fact]
    public void A_closed_matter_is_never_flagged_and_needs_no_check()
    {
        var done = MatterRules.Complete(AcceptedAllowance(), new CompleteCommand(TownClerk(), null), Context()).After;

        Assert.True(CheckOn(done, new DateOnly(2026, 11, 30)).Change.IsEmpty);
        Assert.Null(MatterRules.NextCheck(done, ShippedCalendar));
        Assert.Null(MatterRules.NextCheck(Accepted(Intake(SeniorCard, SeniorCardMaterials)), ShippedCalendar));
        Assert.Null(MatterRules.NextCheck(Accepted(Intake(Allowance)), ShippedCalendar)); // clock not started
    }

    [Fact]
    public void The_next_check_is_the_working_day_before_the_deadline_then_the_day_after_it_then_none()
    {
        var accepted = AcceptedAllowance();
        Assert.Equal(new DateOnly(2026, 10, 12), MatterRules.NextCheck(accepted, ShippedCalendar));

        var yellow = CheckOn(accepted, new DateOnly(2026, 10, 12)).Change.After;
        Assert.Equal(new DateOnly(2026, 10, 14), MatterRules.NextCheck(yellow, ShippedCalendar));

        var red = CheckOn(yellow, new DateOnly(2026, 10, 14)).Change.After;
        Assert.Null(MatterRules.NextCheck(red, ShippedCalendar));
    }

    [Fact]
    public void The_working_day_before_a_deadline_skips_the_holiday_back_to_the_last_working_day()
    {
        // Accepted Mon 28 Sep with 3 days: Tue 29, Wed 30, Thu 8 Oct. The working day before is Wed 30 Sep.
        var state = AcceptedAllowance(new DateOnly(2026, 9, 28)) with { TimeLimitWorkingDays = 3 };
        state = MatterRules.WithDeadlines(state, ShippedCalendar);

        Assert.Equal(new DateOnly(2026, 10, 8), state.DueDate);
        Assert.Equal(new DateOnly(2026, 9, 30), MatterRules.NextCheck(state, ShippedCalendar));
        Assert.Equal(FlagLevel.Yellow, CheckOn(state, new DateOnly(2026, 10, 3)).Change.After.Flag);
    }

    [Fact]
    public void A_part_running_late_is_flagged_while_the_whole_matter_is_still_on_time()
    {
        var day = new DateOnly(2026, 11, 16);
        var state = MatterRules.CompletePart(AcceptedNewHouse(), new CompletePartCommand(TownClerk(), Township, CivilAffairs, null), Context(day)).After;

        var check = CheckOn(state, new DateOnly(2026, 11, 24));

        Assert.Equal(FlagLevel.None, check.Change.After.Flag);
        Assert.Equal([FlagLevel.None, FlagLevel.Red, FlagLevel.Red], check.Change.After.Parts.Select(p => p.Flag));
        Assert.Equal(
            [("PartFlaggedRed", Township, Land), ("PartFlaggedRed", City, CityWindow)],
            check.Change.Steps.Select(s => (s.Entry.Action, s.Entry.PointCode, s.Entry.WindowId!)));
        Assert.Equal(
            [(Township, Land, FlagLevel.Red), (City, CityWindow, FlagLevel.Red)],
            check.Flags.Select(f => (f.PointCode, f.PartWindowId!, f.Level)));
    }

    [Fact]
    public void Each_open_part_gets_its_yellow_warning_one_working_day_before_its_own_deadline()
    {
        var state = AcceptedNewHouse();
        Assert.Equal(new DateOnly(2026, 11, 20), MatterRules.NextCheck(state, ShippedCalendar)); // Fri before Mon 23 Nov

        var check = CheckOn(state, new DateOnly(2026, 11, 20));

        Assert.Equal(["PartFlaggedYellow", "PartFlaggedYellow", "PartFlaggedYellow"], Actions(check.Change));
        Assert.All(check.Flags, f => Assert.Equal((FlagLevel.Yellow, new DateOnly(2026, 11, 23)), (f.Level, f.DueDate)));
        Assert.Equal(new DateOnly(2026, 11, 24), MatterRules.NextCheck(check.Change.After, ShippedCalendar));
    }

    [Fact]
    public void A_deadline_in_a_year_without_a_schedule_is_provisional_until_the_schedule_is_loaded()
    {
        var accepted = AcceptedAllowance(new DateOnly(2026, 12, 28));
        Assert.True(accepted.DueDateProvisional);
        Assert.True(accepted.Slip!.Provisional);
        Assert.Equal(new DateOnly(2027, 1, 4), accepted.DueDate); // weekends alone skipped in 2027
        Assert.True(CheckOn(accepted, new DateOnly(2026, 12, 29)).Change.IsEmpty); // still no 2027 schedule: nothing to recompute

        var with2027 = ShippedCalendar.With(new HolidaySchedule(2027, "test schedule", [new(2027, 1, 1), new(2027, 1, 2), new(2027, 1, 3)], []));
        var check = MatterRules.CheckDeadlines(accepted, Context(new DateOnly(2026, 12, 29), with2027));

        Assert.Equal(["DeadlineRecomputed"], Actions(check.Change));
        Assert.False(check.Change.After.DueDateProvisional);
        Assert.Equal(new DateOnly(2027, 1, 5), check.Change.After.DueDate);
    }

    [Fact]
    public void A_deadline_inside_a_published_year_is_not_provisional()
    {
        Assert.False(AcceptedAllowance(new DateOnly(2026, 12, 21)).DueDateProvisional); // due Mon 28 Dec
    }

    [Fact]
    public void Deadlines_count_from_the_clock_start_plus_the_paused_days()
    {
        var state = AcceptedAllowance() with { PausedWorkingDays = 2 };

        var moved = MatterRules.WithDeadlines(state, ShippedCalendar);

        Assert.Equal(new DateOnly(2026, 10, 15), moved.DueDate);
        Assert.Throws<InvalidOperationException>(() => MatterRules.WithDeadlines(Accepted(Intake(Allowance)), ShippedCalendar));
    }
}
