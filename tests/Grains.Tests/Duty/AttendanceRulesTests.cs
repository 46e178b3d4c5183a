using Network.Grains.Duty;
using Network.Grains.Duty.Rules;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Duty;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Tests.Rules;
using static Network.Grains.Tests.Duty.DutyFixture;

namespace Network.Grains.Tests.Duty;

/// <summary>Attendance (考勤) and vacant posts (空岗) against the published roster, without a cluster.</summary>
public sealed class AttendanceRulesTests
{
    private static readonly Actor ClerkA = RuleFixture.TownClerk();
    private static readonly Actor ClerkB = RuleFixture.TownClerk(RuleFixture.ClerkB);
    private static readonly Actor LandClerk = RuleFixture.TownClerk(RuleFixture.LandClerk);

    [Fact]
    public void A_clock_in_after_the_shift_s_start_and_grace_is_late()
    {
        var sheet = AttendanceRules.ClockIn(Sheet, ClerkA, AttendanceAt(8, 50)).After;

        var late = Assert.Single(AttendanceRules.Findings(sheet, AttendanceAt(9, 0)), f => f.ClerkId == RuleFixture.ClerkA);
        Assert.Equal((AttendanceFindingKind.Late, 20, "am"), (late.Kind, late.Minutes, late.ShiftId));
    }

    [Fact]
    public void A_clock_in_within_the_grace_is_on_time()
    {
        var sheet = AttendanceRules.ClockIn(Sheet, ClerkA, AttendanceAt(8, 34)).After;
        Assert.DoesNotContain(AttendanceRules.Findings(sheet, AttendanceAt(9, 0)), f => f.ClerkId == RuleFixture.ClerkA);
    }

    [Fact]
    public void A_clock_out_before_the_shift_s_end_is_leaving_early()
    {
        var sheet = AttendanceRules.ClockIn(Sheet, ClerkA, AttendanceAt(8, 25)).After;
        sheet = AttendanceRules.ClockOut(sheet, ClerkA, AttendanceAt(11, 0)).After;

        var early = Assert.Single(AttendanceRules.Findings(sheet, AttendanceAt(11, 30)), f => f.ClerkId == RuleFixture.ClerkA);
        Assert.Equal((AttendanceFindingKind.EarlyLeave, 60), (early.Kind, early.Minutes));
    }

    [Fact]
    public void A_rostered_clerk_who_never_clocks_in_is_absent_once_the_shift_has_ended()
    {
        Assert.DoesNotContain(AttendanceRules.Findings(Sheet, AttendanceAt(17, 0)), f => f.ClerkId == RuleFixture.LandClerk);

        var absent = Assert.Single(AttendanceRules.Findings(Sheet, AttendanceAt(17, 30)), f => f.ClerkId == RuleFixture.LandClerk);
        Assert.Equal((AttendanceFindingKind.Absent, "day", RuleFixture.Land), (absent.Kind, absent.ShiftId, absent.WindowId));
    }

    [Fact]
    public void A_window_with_nobody_on_duty_during_its_hours_is_a_vacant_post()
    {
        Assert.True(AttendanceRules.CheckPosts(Sheet, AttendanceAt(8, 34)).IsEmpty);

        var found = AttendanceRules.CheckPosts(Sheet, AttendanceAt(8, 40));
        Assert.Equal(
            [(RuleFixture.CivilAffairs, "am"), (RuleFixture.Land, "day")],
            found.After.VacantPosts.Select(v => (v.WindowId, v.ShiftId)).Order());
        Assert.All(found.Steps, s => Assert.Equal(AttendanceRules.VacantPostAction, s.Row.Action));
        Assert.Equal(AttendanceFixtureTime(8, 40), found.After.VacantPosts[0].Since);

        // Checked again, nothing new is recorded: one record per window and shift while it lasts.
        Assert.True(AttendanceRules.CheckPosts(found.After, AttendanceAt(9, 0)).IsEmpty);

        // The clerk arrives: the post is staffed again, in the same commit as the clock-in.
        var arrived = AttendanceRules.ClockIn(found.After, ClerkA, AttendanceAt(9, 5));
        Assert.Equal(["clockIn", AttendanceRules.PostStaffedAction], arrived.Steps.Select(s => s.Row.Action));
        var civil = Assert.Single(arrived.After.VacantPosts, v => v.WindowId == RuleFixture.CivilAffairs);
        Assert.Equal(AttendanceFixtureTime(9, 5), civil.Until);
    }

    [Fact]
    public void The_window_s_B_clerk_clocked_in_keeps_the_post_staffed()
    {
        var sheet = AttendanceRules.ClockIn(Sheet, ClerkB, AttendanceAt(8, 20)).After;
        var found = AttendanceRules.CheckPosts(sheet, AttendanceAt(8, 40));
        Assert.DoesNotContain(found.After.VacantPosts, v => v.WindowId == RuleFixture.CivilAffairs);
    }

    [Fact]
    public void A_clock_out_during_the_shift_leaves_the_post_vacant_at_once()
    {
        var sheet = AttendanceRules.ClockIn(Sheet, LandClerk, AttendanceAt(8, 20)).After;
        var left = AttendanceRules.ClockOut(sheet, LandClerk, AttendanceAt(15, 0));
        var vacant = Assert.Single(left.After.VacantPosts, v => v.WindowId == RuleFixture.Land);
        Assert.Equal(("day", AttendanceFixtureTime(15, 0), (DateTimeOffset?)null), (vacant.ShiftId, vacant.Since, vacant.Until));
    }

    [Fact]
    public void A_vacant_post_ends_with_its_shift()
    {
        var found = AttendanceRules.CheckPosts(Sheet, AttendanceAt(8, 40)).After;
        var after = AttendanceRules.CheckPosts(found, AttendanceAt(12, 10)).After;
        Assert.Equal(AttendanceFixtureTime(12, 0), Assert.Single(after.VacantPosts, v => v.ShiftId == "am").Until);
        Assert.Null(Assert.Single(after.VacantPosts, v => v.ShiftId == "day").Until);
    }

    [Fact]
    public void Clocking_is_for_the_point_s_staff_on_the_day_itself()
    {
        Assert.Equal("attendance.alreadyIn", Assert.Throws<DomainException>(() => AttendanceRules.ClockIn(AttendanceRules.ClockIn(Sheet, ClerkA, AttendanceAt(8, 0)).After, ClerkA, AttendanceAt(8, 1))).Code);
        Assert.Equal("attendance.notIn", Assert.Throws<DomainException>(() => AttendanceRules.ClockOut(Sheet, ClerkA, AttendanceAt(8, 0))).Code);
        Assert.Equal("attendance.notToday", Assert.Throws<DomainException>(() => AttendanceRules.ClockIn(Sheet, ClerkA, AttendanceAt(8, 0) with { Now = At(Workday.AddDays(1), 8, 0) })).Code);
        Assert.Equal("auth.role", Assert.Throws<DomainException>(() => AttendanceRules.ClockIn(Sheet, RuleFixture.CityMonitor, AttendanceAt(8, 0))).Code);
        Assert.Equal("auth.jurisdiction", Assert.Throws<DomainException>(() => AttendanceRules.ClockIn(Sheet, RuleFixture.OtherTownClerkActor, AttendanceAt(8, 0))).Code);
        Assert.Equal("auth.jurisdiction", Assert.Throws<DomainException>(() => AttendanceRules.ClockIn(Sheet, new Actor("c-forged", ActorRole.WindowClerk, RuleFixture.Township), AttendanceAt(8, 0))).Code);
        Assert.Single(AttendanceRules.ClockIn(Sheet, RuleFixture.Director, AttendanceAt(8, 0)).After.Punches);
    }

    private static DateTimeOffset AttendanceFixtureTime(int hour, int minute) => At(Workday, hour, minute);
}
