using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Duty;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Time;

namespace Network.Grains.Duty.Rules;

/// <summary>
/// Attendance (考勤) against the published roster: clocking in and out, what is late, early or absent
/// as of now, and vacant posts (空岗) — a window with a rostered shift under way (past its grace)
/// and none of its rostered clerks nor its A/B clerks clocked in. Pure.
/// </summary>
public static class AttendanceRules
{
    public const string VacantPostAction = "vacantPost";
    public const string PostStaffedAction = "postStaffed";

    public static DutyChange<AttendanceState> ClockIn(AttendanceState state, Actor actor, DutyContext context)
    {
        EnsureClerkToday(state, actor, context);
        if (state.OpenPunch(actor.Id) is not null)
        {
            throw DomainException.Conflict("attendance.alreadyIn", $"{actor.Id} is already clocked in.");
        }

        var change = Start(state, actor.Id, context);
        var next = state with { Punches = [.. state.Punches, new Punch(actor.Id, context.Now, null)] };
        change.Record("clockIn", Status(state), Status(next), (seq, v) => Stamp(next, seq, v, context), state.PointCode, detail: actor.Id);
        return Posts(change, context);
    }

    public static DutyChange<AttendanceState> ClockOut(AttendanceState state, Actor actor, DutyContext context)
    {
        EnsureClerkToday(state, actor, context);
        var open = state.OpenPunch(actor.Id)
            ?? throw DomainException.Conflict("attendance.notIn", $"{actor.Id} is not clocked in.");
        var change = Start(state, actor.Id, context);
        var next = state with { Punches = state.Punches.Select(p => ReferenceEquals(p, open) ? p with { Out = context.Now } : p).ToArray() };
        change.Record("clockOut", Status(state), Status(next), (seq, v) => Stamp(next, seq, v, context), state.PointCode, detail: actor.Id);
        return Posts(change, context);
    }

    /// <summary>The network's own check (a timer): records vacant posts found now and posts staffed again; empty when nothing changed.</summary>
    public static DutyChange<AttendanceState> CheckPosts(AttendanceState state, DutyContext context) =>
        Posts(Start(state, Actor.Supervision.Id, context), context);

    /// <summary>Late, early leave and absence of every rostered clerk, as of <see cref="DutyContext.Now"/>.</summary>
    public static IReadOnlyList<AttendanceFinding> Findings(AttendanceState state, DutyContext context)
    {
        var findings = new List<AttendanceFinding>();
        foreach (var post in context.Day?.Posts ?? [])
        {
            var start = At(state.Date, post.Start);
            var end = At(state.Date, post.End);
            var stretches = state.Punches
                .Where(p => p.ClerkId == post.ClerkId && p.In < end && (p.Out ?? context.Now) > start)
                .ToArray();
            if (stretches.Length == 0)
            {
                if (context.Now >= end)
                {
                    findings.Add(new AttendanceFinding(post.ClerkId, post.ShiftId, post.WindowId, AttendanceFindingKind.Absent, 0));
                }

                continue;
            }

            var firstIn = stretches.Min(p => p.In);
            if (firstIn > start + context.Grace)
            {
                findings.Add(new AttendanceFinding(post.ClerkId, post.ShiftId, post.WindowId, AttendanceFindingKind.Late, (int)(firstIn - start).TotalMinutes));
            }

            if (stretches.All(p => p.Out is not null))
            {
                var lastOut = stretches.Max(p => p.Out!.Value);
                if (lastOut < end - context.Grace)
                {
                    findings.Add(new AttendanceFinding(post.ClerkId, post.ShiftId, post.WindowId, AttendanceFindingKind.EarlyLeave, (int)Math.Ceiling((end - lastOut).TotalMinutes)));
                }
            }
        }

        return findings;
    }

    /// <summary>Clocking is for the point's staff, on the day itself.</summary>
    private static void EnsureClerkToday(AttendanceState state, Actor actor, DutyContext context)
    {
        if (DutyPolicy.Staff(state.PointCode, actor, context.Point) is { } refusal)
        {
            throw refusal;
        }

        if (state.Date != context.Today)
        {
            throw DomainException.Conflict("attendance.notToday", $"Clocking is on the day itself ({context.Today:yyyy-MM-dd}), not on {state.Date:yyyy-MM-dd}.", "date");
        }
    }

    /// <summary>Adds a step per post found vacant now, and per vacant post staffed again or whose shift has ended.</summary>
    private static DutyChange<AttendanceState> Posts(DutyChange<AttendanceState> change, DutyContext context)
    {
        var now = context.Now;
        var state = change.After;
        var day = context.Day;
        var point = context.Point;
        var shifts = (day?.Posts ?? []).GroupBy(p => p.ShiftId).ToDictionary(g => g.Key, g => g.First());

        // Vacant posts that end now: someone is back, or the shift is over.
        foreach (var open in state.VacantPosts.Where(v => v.Until is null).ToArray())
        {
            var shiftEnd = shifts.TryGetValue(open.ShiftId, out var shift) ? At(state.Date, shift.End) : now;
            var until = now >= shiftEnd ? shiftEnd : Staffed(state, day!, point, open.WindowId, now) ? now : (DateTimeOffset?)null;
            if (until is { } u)
            {
                var closed = open with { Until = u };
                var before = state;
                state = state with { VacantPosts = state.VacantPosts.Select(v => ReferenceEquals(v, open) ? closed : v).ToArray() };
                var next = state;
                change.Record(PostStaffedAction, Status(before), Status(next), (seq, v) => Stamp(next, seq, v, context), state.PointCode, open.WindowId, open.ShiftId);
            }
        }

        if (day is null || !day.Published)
        {
            return change;
        }

        // Windows with a shift under way (past its grace) and nobody of theirs clocked in.
        foreach (var post in day.Posts.Where(p => p.WindowId is not null && At(state.Date, p.Start) + context.Grace <= now && now < At(state.Date, p.End))
                     .GroupBy(p => (p.WindowId!, p.ShiftId)).Select(g => g.First()))
        {
            var windowId = post.WindowId!;
            if (Staffed(state, day, point, windowId, now)
                || state.VacantPosts.Any(v => v.WindowId == windowId && v.ShiftId == post.ShiftId && v.Until is null))
            {
                continue;
            }

            var before = state;
            state = state with { VacantPosts = [.. state.VacantPosts, new VacantPost(windowId, post.ShiftId, now, null)] };
            var next = state;
            change.Record(VacantPostAction, Status(before), Status(next), (seq, v) => Stamp(next, seq, v, context), state.PointCode, windowId, post.ShiftId);
        }

        return change;
    }

    /// <summary>Someone rostered at the window now, or its A or B clerk, is clocked in.</summary>
    private static bool Staffed(AttendanceState state, DutyDay day, ServicePointProfile? point, string windowId, DateTimeOffset now)
    {
        var window = point?.FindWindow(windowId);
        var clerks = day.Posts
            .Where(p => p.WindowId == windowId && At(state.Date, p.Start) <= now && now < At(state.Date, p.End))
            .Select(p => p.ClerkId)
            .Concat(window is null ? [] : [window.ClerkA.Id, window.ClerkB.Id]);
        return clerks.Any(c => state.IsPresent(c, now));
    }

    private static DutyChange<AttendanceState> Start(AttendanceState state, string actorId, DutyContext context) =>
        new(state, state.Version, state.LedgerSequence, context.Now, actorId);

    private static AttendanceState Stamp(AttendanceState next, int sequence, int version, DutyContext context) =>
        next with { LedgerSequence = sequence, Version = version, OpenedAt = next.OpenedAt ?? context.Now };

    private static string Status(AttendanceState state) => state.IsClosed ? "Settled" : "Pending";

    public static DateTimeOffset At(DateOnly date, TimeOnly time) => new(date.ToDateTime(time), ChinaTime.Offset);
}
