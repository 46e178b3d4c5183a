using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Interfaces.Duty;

/// <summary>
/// The director's draft of a month: the shifts (empty: <see cref="ShiftDefinition.Defaults"/>), who
/// is on which shift of which day at which window, and the leader receiving citizens per day.
/// Replaces the previous draft.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record DraftRosterCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] IReadOnlyList<ShiftDefinition> Shifts,
    [property: Id(2)] IReadOnlyList<DutyAssignment> Assignments,
    [property: Id(3)] IReadOnlyList<LeaderOnDuty> Leaders);

/// <summary>The director publishes the draft: from then on it is the month's roster.</summary>
[GenerateSerializer, Immutable]
public sealed record PublishRosterCommand([property: Id(0)] Actor Actor);
