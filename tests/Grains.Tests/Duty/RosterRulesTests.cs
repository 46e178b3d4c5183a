using Network.Grains.Duty.Rules;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Duty;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Tests.Rules;
using static Network.Grains.Tests.Duty.DutyFixture;

namespace Network.Grains.Tests.Duty;

/// <summary>The monthly roster's rules (值班表) without a cluster.</summary>
public sealed class RosterRulesTests
{
    [Fact]
    public void The_director_drafts_and_publishes_the_month_s_roster()
    {
        var drafted = RosterRules.Draft(Empty, Draft(), Context());
        Assert.Equal(RosterStatus.Draft, drafted.After.Status);
        Assert.Equal(ShiftDefinition.Defaults, drafted.After.Shifts);
        Assert.Equal([RosterAction.Draft, RosterAction.Publish], RosterRules.Allowed(drafted.After, RuleFixture.Director, Context()));

        var published = RosterRules.Publish(drafted.After, new PublishRosterCommand(RuleFixture.Director), Context()).After;
        Assert.Equal(RosterStatus.Published, published.Status);
        Assert.Equal(2, published.Version);
        Assert.Empty(RosterRules.Allowed(published, RuleFixture.Director, Context()));
    }

    [Fact]
    public void Only_the_point_s_director_drafts_and_publishes()
    {
        Assert.Equal("auth.role", Assert.Throws<DomainException>(() => RosterRules.Draft(Empty, Draft() with { Actor = RuleFixture.TownClerk() }, Context())).Code);
        var other = new Actor("d-other", ActorRole.CenterDirector, RuleFixture.OtherTownship);
        Assert.Equal("auth.jurisdiction", Assert.Throws<DomainException>(() => RosterRules.Draft(Empty, Draft() with { Actor = other }, Context())).Code);
        Assert.Equal("auth.jurisdiction", Assert.Throws<DomainException>(() => RosterRules.Draft(Empty, Draft() with { Actor = RuleFixture.CityDirector }, Context())).Code);
        Assert.Empty(RosterRules.Allowed(Empty, RuleFixture.TownClerk(), Context()));
    }

    [Fact]
    public void Holiday_duty_is_rostered_on_days_off_and_window_shifts_on_working_days_including_make_up_days()
    {
        var ok = RosterRules.Draft(Empty, Draft(
            new DutyAssignment(Holiday, "holiday", RuleFixture.ClerkA, null),
            new DutyAssignment(MakeUpDay, "day", RuleFixture.ClerkA, RuleFixture.CivilAffairs)), Context()).After;
        Assert.Equal(2, ok.Assignments.Count);

        var onHoliday = Assert.Throws<DomainException>(() => RosterRules.Draft(Empty, Draft(new DutyAssignment(Holiday, "day", RuleFixture.ClerkA, RuleFixture.CivilAffairs)), Context()));
        Assert.Equal(("assignments[0].shiftId", "roster.shiftOnDayOff"), (onHoliday.Field, onHoliday.Code));
        var onMakeUp = Assert.Throws<DomainException>(() => RosterRules.Draft(Empty, Draft(new DutyAssignment(MakeUpDay, "holiday", RuleFixture.ClerkA, null)), Context()));
        Assert.Equal("roster.holidayDutyOnWorkday", onMakeUp.Code);
    }

    [Fact]
    public void A_draft_names_the_point_s_staff_its_windows_and_days_of_the_month_without_overlaps()
    {
        Assert.Equal("roster.clerkUnknown", Assert.Throws<DomainException>(() => RosterRules.Draft(Empty, Draft(new DutyAssignment(Workday, "am", RuleFixture.OtherTownClerk, null)), Context())).Code);
        Assert.Equal("window.unknown", Assert.Throws<DomainException>(() => RosterRules.Draft(Empty, Draft(new DutyAssignment(Workday, "am", RuleFixture.ClerkA, "nowhere")), Context())).Code);
        Assert.Equal("roster.dateOutsideMonth", Assert.Throws<DomainException>(() => RosterRules.Draft(Empty, Draft(new DutyAssignment(new DateOnly(2026, 11, 2), "am", RuleFixture.ClerkA, null)), Context())).Code);
        Assert.Equal("roster.shiftUnknown", Assert.Throws<DomainException>(() => RosterRules.Draft(Empty, Draft(new DutyAssignment(Workday, "night", RuleFixture.ClerkA, null)), Context())).Code);
        var overlap = Assert.Throws<DomainException>(() => RosterRules.Draft(Empty, Draft(
            new DutyAssignment(Workday, "day", RuleFixture.ClerkA, RuleFixture.CivilAffairs),
            new DutyAssignment(Workday, "am", RuleFixture.ClerkA, RuleFixture.Land)), Context()));
        Assert.Equal(("assignments[1].shiftId", "roster.overlap"), (overlap.Field, overlap.Code));
        var badShift = Assert.Throws<DomainException>(() => RosterRules.Draft(Empty, Draft() with { Shifts = [new ShiftDefinition("late", ShiftKind.Evening, new TimeOnly(20, 0), new TimeOnly(18, 0))] }, Context()));
        Assert.Equal("shift.hours", badShift.Code);
    }

    [Fact]
    public void A_published_roster_is_not_drafted_again()
    {
        var e = Assert.Throws<DomainException>(() => RosterRules.Draft(Published(), Draft(), Context()));
        Assert.Equal(("roster.published", DomainErrorKind.Conflict), (e.Code, e.Kind));
        Assert.Equal("roster.empty", Assert.Throws<DomainException>(() => RosterRules.Publish(Empty, new PublishRosterCommand(RuleFixture.Director), Context())).Code);
    }

    [Fact]
    public void The_hall_sees_the_published_day_with_names_and_the_leader_receiving_citizens()
    {
        var draftDay = RosterRules.DayOf(RosterRules.Draft(Empty, Draft(), Context()).After, Workday, RuleFixture.TownshipProfile);
        Assert.False(draftDay.Published);
        Assert.Empty(draftDay.Posts);

        var day = RosterRules.DayOf(Published(), Workday, RuleFixture.TownshipProfile);
        Assert.True(day.Published);
        Assert.Equal(("刘强", "副镇长"), (day.Leader!.Name, day.Leader.Title));
        var morning = Assert.Single(day.Posts, p => p.ShiftId == "am");
        Assert.Equal(("张丽", "民政窗口", ShiftKind.Morning), (morning.ClerkName, morning.WindowName, morning.Kind));
        Assert.Contains(day.Posts, p => p.Kind == ShiftKind.Noon && p.WindowId is null);
        Assert.Empty(RosterRules.DayOf(Published(), Holiday, RuleFixture.TownshipProfile).Posts);
    }
}
