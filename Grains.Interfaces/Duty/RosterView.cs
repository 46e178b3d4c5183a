namespace Network.Grains.Interfaces.Duty;

/// <summary>A point's roster of a month as one actor sees it, with what the actor may do now.</summary>
[GenerateSerializer, Immutable]
public sealed record RosterView(
    [property: Id(0)] string PointCode,
    [property: Id(1)] string Month,
    [property: Id(2)] RosterStatus Status,
    [property: Id(3)] IReadOnlyList<ShiftDefinition> Shifts,
    [property: Id(4)] IReadOnlyList<DutyAssignment> Assignments,
    [property: Id(5)] IReadOnlyList<LeaderOnDuty> Leaders,
    [property: Id(6)] DateTimeOffset? PublishedAt,
    [property: Id(7)] IReadOnlyList<RosterAction> AllowedActions)
{
    public bool IsClosed => Status == RosterStatus.Published;
}
