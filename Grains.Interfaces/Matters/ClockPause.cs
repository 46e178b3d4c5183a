namespace Network.Grains.Interfaces.Matters;

/// <summary>
/// One interval in which a matter's clock stood still for a supplement: from the day the notice
/// was issued to the day the materials were complete (<see cref="Until"/> null while it lasts),
/// and the working days it added to the deadline. A further notice names the director who approved
/// it and why (<see cref="ApprovedBy"/>, <see cref="Reason"/>); electronic supervision reads these.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ClockPause(
    [property: Id(0)] DateOnly From,
    [property: Id(1)] DateOnly? Until,
    [property: Id(2)] int WorkingDays,
    [property: Id(3)] string? ApprovedBy = null,
    [property: Id(4)] string? Reason = null);
