using Network.Grains.Interfaces.Duty;

namespace Network.Grains.Duty;

/// <summary>A point's roster of one month as stored (case kind <c>duty-roster</c>).</summary>
public sealed record RosterState(
    string PointCode,
    string Month,
    RosterStatus Status,
    IReadOnlyList<ShiftDefinition> Shifts,
    IReadOnlyList<DutyAssignment> Assignments,
    IReadOnlyList<LeaderOnDuty> Leaders,
    DateTimeOffset? OpenedAt,
    DateTimeOffset? PublishedAt,
    int Version,
    int LedgerSequence)
{
    /// <summary>A published roster is settled (closed to drafting): defined here and only here.</summary>
    public bool IsClosed => Status == RosterStatus.Published;

    public static RosterState Empty(string pointCode, string month) =>
        new(pointCode, month, RosterStatus.Draft, ShiftDefinition.Defaults, [], [], null, null, 0, 0);

    public RosterView ToView(IReadOnlyList<RosterAction> allowed) =>
        new(PointCode, Month, Status, Shifts, Assignments, Leaders, PublishedAt, allowed);
}
