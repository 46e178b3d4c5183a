using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Matters;
using Network.Grains.Matters.Rules;
using static Network.Grains.Tests.Rules.RuleFixture;

namespace Network.Grains.Tests.Rules;

/// <summary>
/// The extension (延期) of a promised matter's limit: once, by the point's director, with a reason,
/// by at most 10 working days for a single item and 15 for a joint matter (《行政许可法》第四十二条),
/// before the deadline has passed; flags and the sweep follow the extended date. Pure rules on the
/// shipped calendar (the 调休 Saturday 10 Oct 2026 a working day), without a cluster.
/// </summary>
public sealed class ExtensionRulesTests
{
    // The allowance accepted Wed 30 Sep 2026 is due Tue 13 Oct (Thu 8, Fri 9, Sat 10, Mon 12, Tue 13).
    private static readonly DateOnly Due = new(2026, 10, 13);

    private static MatterChange Extend(MatterState state, Actor actor, int days, string reason = "需实地核查家庭经济状况", DateOnly? day = null) =>
        MatterRules.Extend(state, new ExtendCommand(actor, days, reason), Context(day));

    [Fact]
    public void An_extension_is_granted_once_by_the_director()
    {
        var change = Extend(AcceptedAllowance(), Director, 3);

        Assert.Equal(["DeadlineExtended"], Actions(change));
        var extended = change.After;
        // 5 + 3 working days after Wed 30 Sep, the make-up Saturday counted: 8, 9, 10, 12, 13, 14, 15, 16 Oct.
        Assert.Equal(new DateOnly(2026, 10, 16), extended.DueDate);
        Assert.Equal(new DeadlineExtension(3, "需实地核查家庭经济状况", TownshipDirectorId, At(Today), Due, new DateOnly(2026, 10, 16)), extended.Extension);
        Assert.Equal(Due, extended.Slip!.DueDate); // the slip keeps the promise as first made
        var entry = change.Steps[0].Entry;
        Assert.Equal(TownshipDirectorId, entry.ActorId);
        Assert.Contains("延期 3 个工作日", entry.Detail, StringComparison.Ordinal);
        Assert.Contains("2026-10-13 → 2026-10-16", entry.Detail, StringComparison.Ordinal);
        Assert.Equal(extended.Extension, extended.ToView().Extension);

        Refused(() => Extend(extended, Director, 1), DomainErrorKind.Conflict, "extension.alreadyGranted", "workingDays");
        Assert.DoesNotContain(new AllowedAction(MatterAction.Extend), MatterPolicy.Allowed(extended, Director, Context()));
    }

    [Fact]
    public void Only_the_director_of_the_matter_s_point_extends_it()
    {
        var state = AcceptedAllowance();

        Refused(() => Extend(state, TownClerk(), 3), DomainErrorKind.Forbidden, "auth.role", "role");
        Refused(() => Extend(state, CityMonitor, 3), DomainErrorKind.Forbidden, "auth.role", "role");
        Refused(() => Extend(state, new Actor("d-other", ActorRole.CenterDirector, OtherTownship), 3), DomainErrorKind.Forbidden, "auth.jurisdiction", "pointCode");
        Refused(() => Extend(state, CityDirector, 3), DomainErrorKind.Forbidden, "auth.jurisdiction", "pointCode");
        Assert.DoesNotContain(new AllowedAction(MatterAction.Extend), MatterPolicy.Allowed(state, TownClerk(), Context()));
    }

    [Fact]
    public void The_director_of_the_point_holding_a_handed_up_matter_may_extend_it()
    {
        var atCity = HandedUpToCity();

        var extended = Extend(atCity, CityDirector, 5).After;

        Assert.Equal(5, extended.Extension!.WorkingDays);
        Assert.Equal(MatterStatus.HandedUp, extended.Status);
    }

    [Fact]
    public void An_extension_beyond_ten_working_days_for_a_single_item_is_refused()
    {
        var state = AcceptedAllowance();

        var refusal = Refused(() => Extend(state, Director, 11), DomainErrorKind.Invalid, "extension.tooLong", "workingDays");

        Assert.Contains("at most 10", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 10, 27), Extend(state, Director, 10).After.DueDate); // 15 working days after 30 Sep
    }

    [Fact]
    public void A_joint_matter_may_be_extended_by_fifteen_working_days()
    {
        var day = new DateOnly(2026, 11, 16);
        var state = AcceptedNewHouse(day);
        Assert.Equal(new DateOnly(2026, 12, 7), state.DueDate);

        var extended = Extend(state, Director, 15, "需市级窗口补充勘验", day).After;

        Assert.Equal(new DateOnly(2026, 12, 28), extended.DueDate);
        Assert.Equal(state.Parts.Select(p => p.DueDate), extended.Parts.Select(p => p.DueDate)); // the parts keep their own deadlines
        Refused(() => Extend(state, Director, 16, day: day), DomainErrorKind.Invalid, "extension.tooLong", "workingDays");
    }

    [Fact]
    public void An_extension_needs_a_reason_and_at_least_one_working_day()
    {
        var state = AcceptedAllowance();

        Refused(() => Extend(state, Director, 0), DomainErrorKind.Invalid, "extension.days", "workingDays");
        Refused(() => Extend(state, Director, -2), DomainErrorKind.Invalid, "extension.days", "workingDays");
        Refused(() => Extend(state, Director, 3, " "), DomainErrorKind.Invalid, "text.required", "reason");
        Refused(() => Extend(state, Director, 3, new string('理', 501)), DomainErrorKind.Invalid, "text.tooLong", "reason");
    }

    [Fact]
    public void An_extension_after_the_deadline_has_passed_is_refused()
    {
        var state = AcceptedAllowance();

        Assert.Equal(Due, Extend(state, Director, 2, day: Due).After.Extension!.DueDateBefore); // the due day itself is still in time
        Refused(() => Extend(state, Director, 2, day: new DateOnly(2026, 10, 14)), DomainErrorKind.Conflict, "extension.deadlinePassed", "dueDate");
    }

    [Fact]
    public void A_matter_without_a_promised_deadline_or_already_closed_cannot_be_extended()
    {
        Refused(() => Extend(Accepted(Intake(Allowance)), Director, 2), DomainErrorKind.Conflict, "extension.noDeadline", "status");
        var done = MatterRules.Complete(AcceptedAllowance(), new CompleteCommand(TownClerk(), null), Context()).After;
        Refused(() => Extend(done, Director, 2), DomainErrorKind.Conflict, "matter.illegalTransition", "status");
    }

    [Fact]
    public void The_yellow_flag_and_the_sweep_follow_the_extended_deadline()
    {
        var yellow = MatterRules.CheckDeadlines(AcceptedAllowance(), Context(new DateOnly(2026, 10, 12))).Change.After;
        Assert.Equal(FlagLevel.Yellow, yellow.Flag);

        // Extended on Mon 12 Oct by 2: due Thu 15 Oct, no longer one working day away.
        var extended = Extend(yellow, Director, 2, day: new DateOnly(2026, 10, 12)).After;

        Assert.Equal((new DateOnly(2026, 10, 15), FlagLevel.None), (extended.DueDate!.Value, extended.Flag));
        Assert.Equal(new DateOnly(2026, 10, 14), MatterRules.NextCheck(extended, ShippedCalendar));
        Assert.True(MatterRules.CheckDeadlines(extended, Context(new DateOnly(2026, 10, 13))).Change.IsEmpty);
        var warned = MatterRules.CheckDeadlines(extended, Context(new DateOnly(2026, 10, 14)));
        Assert.Equal(["FlaggedYellow"], Actions(warned.Change));
        Assert.Equal(new DateOnly(2026, 10, 15), Assert.Single(warned.Flags).DueDate);
        Assert.True(MatterRules.CheckDeadlines(warned.Change.After, Context(new DateOnly(2026, 10, 15))).Change.IsEmpty);
        Assert.Equal(["FlaggedRed"], Actions(MatterRules.CheckDeadlines(warned.Change.After, Context(new DateOnly(2026, 10, 16))).Change));
    }

    [Fact]
    public void An_extension_adds_to_the_paused_days_and_both_survive_a_resumed_clock()
    {
        var extended = Extend(AcceptedAllowance(), Director, 2).After; // due Thu 15 Oct
        var paused = MatterRules.RequestSupplement(extended, new RequestSupplementCommand(TownClerk(), ["户口簿"]), Context(new DateOnly(2026, 10, 8))).After;

        var resumed = MatterRules.SupplyMaterials(paused, new SupplyMaterialsCommand(TownClerk(), ["户口簿"]), Context(new DateOnly(2026, 10, 10))).After;

        // 5 + 2 paused (Fri 9, Sat 10) + 2 extended working days after Wed 30 Sep: 8, 9, 10, 12, 13, 14, 15, 16, 19 Oct.
        Assert.Equal((2, new DateOnly(2026, 10, 19)), (resumed.PausedWorkingDays, resumed.DueDate!.Value));
        Assert.Equal(2, resumed.Extension!.WorkingDays);
    }

    [Fact]
    public void The_extension_is_shown_to_the_citizen_on_the_progress_page()
    {
        var progress = Extend(AcceptedAllowance(), Director, 3).After.ToCitizenProgress();

        Assert.Equal((new DateOnly(2026, 10, 16), 3, "需实地核查家庭经济状况"), (progress.DueDate, progress.ExtendedWorkingDays, progress.ExtensionReason));
        Assert.Null(AcceptedAllowance().ToCitizenProgress().ExtendedWorkingDays);
    }
}
