using System.Globalization;
using Network.Grains.Interfaces.Duty;
using Network.Grains.Interfaces.Errors;

namespace Network.Grains.Duty.Rules;

/// <summary>
/// The rules of a point's monthly roster (值班表): the director drafts it (shifts, who is on which
/// shift of which day at which window, the leader receiving citizens per day) and publishes it. Shifts
/// follow the calendar: window shifts, noon and evening duty on working days (调休 make-up days
/// included), weekend/holiday duty only on days off. Pure.
/// </summary>
public static class RosterRules
{
    public const int MaxShifts = 20;
    public const int MaxAssignments = 5000;

    public static DutyChange<RosterState> Draft(RosterState state, DraftRosterCommand command, DutyContext context)
    {
        Ensure(DutyPolicy.Director(state.PointCode, command.Actor, context.Point));
        if (state.IsClosed)
        {
            throw DomainException.Conflict("roster.published", $"The roster of {state.Month} is published; it is no longer drafted.");
        }

        var point = context.Point!;
        var shifts = command.Shifts is null || command.Shifts.Count == 0 ? ShiftDefinition.Defaults : CheckShifts(command.Shifts);
        var (first, last) = MonthOf(state.Month);
        var assignments = command.Assignments ?? throw DomainException.Invalid("assignments", "list.required", "assignments is required (an empty list is allowed).");
        if (assignments.Count > MaxAssignments)
        {
            throw DomainException.Invalid("assignments", "list.tooLong", $"At most {MaxAssignments} assignments a month.");
        }

        var byId = shifts.ToDictionary(s => s.Id, StringComparer.Ordinal);
        for (var i = 0; i < assignments.Count; i++)
        {
            var a = assignments[i] ?? throw DomainException.Invalid($"assignments[{i}]", "value.required", "An assignment is required.");
            var field = $"assignments[{i}]";
            if (a.Date < first || a.Date > last)
            {
                throw DomainException.Invalid($"{field}.date", "roster.dateOutsideMonth", $"{a.Date:yyyy-MM-dd} is not in {state.Month}.");
            }

            var shift = byId.GetValueOrDefault(a.ShiftId ?? string.Empty)
                ?? throw DomainException.Invalid($"{field}.shiftId", "roster.shiftUnknown", $"The roster has no shift '{a.ShiftId}'.");
            if (!DutyPolicy.IsStaff(point, a.ClerkId ?? string.Empty))
            {
                throw DomainException.Invalid($"{field}.clerkId", "roster.clerkUnknown", $"'{a.ClerkId}' is not on the staff of {state.PointCode}.");
            }

            if (a.WindowId is not null && point.FindWindow(a.WindowId) is null)
            {
                throw DomainException.Invalid($"{field}.windowId", "window.unknown", $"{state.PointCode} has no window '{a.WindowId}'.");
            }

            var working = context.Calendar.IsWorkingDay(a.Date);
            if (shift.Kind == ShiftKind.HolidayDuty && working)
            {
                throw DomainException.Invalid($"{field}.shiftId", "roster.holidayDutyOnWorkday", $"{a.Date:yyyy-MM-dd} is a working day: holiday duty is for days off.");
            }

            if (shift.Kind != ShiftKind.HolidayDuty && !working)
            {
                throw DomainException.Invalid($"{field}.shiftId", "roster.shiftOnDayOff", $"{a.Date:yyyy-MM-dd} is a day off: only holiday duty is rostered on it.");
            }

            var overlapping = assignments.Take(i).FirstOrDefault(o => o.Date == a.Date && o.ClerkId == a.ClerkId && Overlap(byId[o.ShiftId], shift));
            if (overlapping is not null)
            {
                throw DomainException.Invalid($"{field}.shiftId", "roster.overlap", $"{a.ClerkId} is already on shift '{overlapping.ShiftId}' on {a.Date:yyyy-MM-dd}, which overlaps '{shift.Id}'.");
            }
        }

        var leaders = command.Leaders ?? throw DomainException.Invalid("leaders", "list.required", "leaders is required (an empty list is allowed).");
        var checkedLeaders = new List<LeaderOnDuty>();
        for (var i = 0; i < leaders.Count; i++)
        {
            var l = leaders[i] ?? throw DomainException.Invalid($"leaders[{i}]", "value.required", "A leader is required.");
            if (l.Date < first || l.Date > last)
            {
                throw DomainException.Invalid($"leaders[{i}].date", "roster.dateOutsideMonth", $"{l.Date:yyyy-MM-dd} is not in {state.Month}.");
            }

            if (checkedLeaders.Any(c => c.Date == l.Date))
            {
                throw DomainException.Invalid($"leaders[{i}].date", "roster.leaderTwice", $"{l.Date:yyyy-MM-dd} already has its leader on duty.");
            }

            checkedLeaders.Add(new LeaderOnDuty(l.Date, Require.Text(l.Name, $"leaders[{i}].name", 20), Require.Text(l.Title, $"leaders[{i}].title", 20)));
        }

        var change = new DutyChange<RosterState>(state, state.Version, state.LedgerSequence, context.Now, command.Actor.Id);
        change.Record(
            "draft",
            state.Status.ToString(),
            RosterStatus.Draft.ToString(),
            (seq, version) => state with
            {
                Shifts = shifts,
                Assignments = assignments.Select(a => a with { }).ToArray(),
                Leaders = checkedLeaders,
                OpenedAt = state.OpenedAt ?? context.Now,
                Version = version,
                LedgerSequence = seq,
            },
            state.PointCode,
            detail: $"{assignments.Count} assignments, {checkedLeaders.Count} leaders");
        return change;
    }

    public static DutyChange<RosterState> Publish(RosterState state, PublishRosterCommand command, DutyContext context)
    {
        Ensure(DutyPolicy.Director(state.PointCode, command.Actor, context.Point));
        if (state.IsClosed)
        {
            throw DomainException.Conflict("roster.published", $"The roster of {state.Month} is already published.");
        }

        if (state.Version == 0 || state.Assignments.Count == 0)
        {
            throw DomainException.Conflict("roster.empty", $"The roster of {state.Month} has no assignment to publish: draft it first.");
        }

        var change = new DutyChange<RosterState>(state, state.Version, state.LedgerSequence, context.Now, command.Actor.Id);
        change.Record(
            "publish",
            state.Status.ToString(),
            RosterStatus.Published.ToString(),
            (seq, version) => state with { Status = RosterStatus.Published, PublishedAt = context.Now, Version = version, LedgerSequence = seq },
            state.PointCode);
        return change;
    }

    public static IReadOnlyList<RosterAction> Allowed(RosterState state, Interfaces.Cases.Actor actor, DutyContext context)
    {
        if (DutyPolicy.Director(state.PointCode, actor, context.Point) is not null || state.IsClosed)
        {
            return [];
        }

        return state.Assignments.Count > 0 ? [RosterAction.Draft, RosterAction.Publish] : [RosterAction.Draft];
    }

    /// <summary>One day of the roster, as the hall and attendance see it: nothing while it is only a draft.</summary>
    public static DutyDay DayOf(RosterState state, DateOnly date, Interfaces.Network.ServicePointProfile? point)
    {
        if (!state.IsClosed)
        {
            return new DutyDay(state.PointCode, date, false, [], null);
        }

        var shifts = state.Shifts.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var posts = state.Assignments
            .Where(a => a.Date == date && shifts.ContainsKey(a.ShiftId))
            .Select(a =>
            {
                var shift = shifts[a.ShiftId];
                var window = a.WindowId is null ? null : point?.FindWindow(a.WindowId);
                var name = point is null ? a.ClerkId : DutyPolicy.NameOf(point, a.ClerkId) ?? a.ClerkId;
                return new DutyPost(shift.Id, shift.Kind, shift.Start, shift.End, a.WindowId, window?.Name, a.ClerkId, name);
            })
            .OrderBy(p => p.Start)
            .ThenBy(p => p.WindowId, StringComparer.Ordinal)
            .ToArray();
        return new DutyDay(state.PointCode, date, true, posts, state.Leaders.FirstOrDefault(l => l.Date == date));
    }

    /// <summary>The first and last day of a <c>yyyy-MM</c> month.</summary>
    public static (DateOnly First, DateOnly Last) MonthOf(string month)
    {
        if (!DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            throw DomainException.Invalid("month", "month.invalid", $"'{month}' is not a month (yyyy-MM).");
        }

        return (first, first.AddMonths(1).AddDays(-1));
    }

    private static IReadOnlyList<ShiftDefinition> CheckShifts(IReadOnlyList<ShiftDefinition> shifts)
    {
        if (shifts.Count > MaxShifts)
        {
            throw DomainException.Invalid("shifts", "list.tooLong", $"At most {MaxShifts} shifts.");
        }

        var result = new List<ShiftDefinition>();
        for (var i = 0; i < shifts.Count; i++)
        {
            var s = shifts[i] ?? throw DomainException.Invalid($"shifts[{i}]", "value.required", "A shift is required.");
            var id = Require.Slug(s.Id, $"shifts[{i}].id");
            if (!Enum.IsDefined(s.Kind))
            {
                throw DomainException.Invalid($"shifts[{i}].kind", "shift.kind", "Unknown kind of shift.");
            }

            if (s.End <= s.Start)
            {
                throw DomainException.Invalid($"shifts[{i}].end", "shift.hours", "A shift ends after it starts, on the same day.");
            }

            if (result.Any(r => r.Id == id))
            {
                throw DomainException.Invalid($"shifts[{i}].id", "shift.twice", $"Shift '{id}' is defined twice.");
            }

            result.Add(s with { Id = id });
        }

        return result;
    }

    private static bool Overlap(ShiftDefinition a, ShiftDefinition b) => a.Start < b.End && b.Start < a.End;

    private static void Ensure(DomainException? refusal)
    {
        if (refusal is not null)
        {
            throw refusal;
        }
    }
}
