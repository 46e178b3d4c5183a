using Network.Grains.Interfaces.Duty;

namespace Network.Grains.Duty;

/// <summary>A point's attendance sheet of one day as stored (case kind <c>attendance-day</c>).</summary>
public sealed record AttendanceState(
    string PointCode,
    DateOnly Date,
    IReadOnlyList<Punch> Punches,
    IReadOnlyList<VacantPost> VacantPosts,
    DateTimeOffset? OpenedAt,
    int Version,
    int LedgerSequence)
{
    /// <summary>
    /// Whether nothing on the sheet is pending: every clerk clocked out and no post vacant now.
    /// Defined here and only here.
    /// </summary>
    public bool IsClosed => Punches.All(p => p.Out is not null) && VacantPosts.All(v => v.Until is not null);

    public static AttendanceState Empty(string pointCode, DateOnly date) => new(pointCode, date, [], [], null, 0, 0);

    /// <summary>Whether <paramref name="clerkId"/> is clocked in at <paramref name="at"/>.</summary>
    public bool IsPresent(string clerkId, DateTimeOffset at) =>
        Punches.Any(p => p.ClerkId == clerkId && p.In <= at && (p.Out is null || p.Out > at));

    public Punch? OpenPunch(string clerkId) => Punches.LastOrDefault(p => p.ClerkId == clerkId && p.Out is null);
}
