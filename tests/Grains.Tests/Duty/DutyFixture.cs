using Network.Grains.Duty;
using Network.Grains.Duty.Rules;
using Network.Grains.Interfaces.Duty;
using Network.Grains.Interfaces.Time;
using Network.Grains.Tests.Rules;

namespace Network.Grains.Tests.Duty;

/// <summary>
/// October 2026 at the township of <see cref="RuleFixture"/>: 1–7 October are the National Day
/// holiday, Saturday 10 October a make-up working day (调休), Thursday 8 October an ordinary one.
/// </summary>
public static class DutyFixture
{
    public const string Month = "2026-10";

    public static readonly DateOnly Holiday = new(2026, 10, 1);
    public static readonly DateOnly MakeUpDay = new(2026, 10, 10);
    public static readonly DateOnly Workday = new(2026, 10, 8);

    public static RosterState Empty => RosterState.Empty(RuleFixture.Township, Month);

    public static DateTimeOffset At(DateOnly day, int hour, int minute) => new(day.ToDateTime(new TimeOnly(hour, minute)), ChinaTime.Offset);

    public static DutyContext Context(DateTimeOffset? now = null) =>
        new(now ?? At(new DateOnly(2026, 9, 30), 10, 0), RuleFixture.ShippedCalendar, RuleFixture.TownshipProfile);

    /// <summary>On the workday: A mornings and B afternoons at civil affairs (半天轮班), the land clerk all day, B on noon duty for the hall; the leader 副镇长 刘强.</summary>
    public static DutyAssignment[] WorkdayAssignments { get; } =
    [
        new(Workday, "am", RuleFixture.ClerkA, RuleFixture.CivilAffairs),
        new(Workday, "pm", RuleFixture.ClerkB, RuleFixture.CivilAffairs),
        new(Workday, "day", RuleFixture.LandClerk, RuleFixture.Land),
        new(Workday, "noon", RuleFixture.ClerkB, null),
    ];

    public static LeaderOnDuty[] Leaders { get; } = [new(Workday, "刘强", "副镇长")];

    public static DraftRosterCommand Draft(params DutyAssignment[] assignments) =>
        new(RuleFixture.Director, [], assignments.Length == 0 ? WorkdayAssignments : assignments, Leaders);

    public static RosterState Published()
    {
        var drafted = RosterRules.Draft(Empty, Draft(), Context()).After;
        return RosterRules.Publish(drafted, new PublishRosterCommand(RuleFixture.Director), Context()).After;
    }

    /// <summary>The attendance context on the workday at <paramref name="hour"/>:<paramref name="minute"/>, with the published day.</summary>
    public static DutyContext AttendanceAt(int hour, int minute) =>
        Context(At(Workday, hour, minute)) with { Day = RosterRules.DayOf(Published(), Workday, RuleFixture.TownshipProfile) };

    public static AttendanceState Sheet => AttendanceState.Empty(RuleFixture.Township, Workday);
}
