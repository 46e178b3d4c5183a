using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Interfaces.Matters;

/// <summary>
/// The clerk asks the point's director to approve a further notice of missing materials: the
/// one-time notice (一次性告知) was already issued, or its five working days after intake have
/// passed. Nothing is told to the citizen and the clock keeps running until the director approves.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AskSupplementApprovalCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] IReadOnlyList<string> Missing,
    [property: Id(2)] string Reason);

/// <summary>
/// The director approves the pending request (its materials when <see cref="Missing"/> is empty,
/// otherwise the director's list) or, with none pending, issues a further notice naming
/// <see cref="Missing"/>; always with a reason. The citizen is told, and the clock stops until the materials arrive.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ApproveSupplementCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] IReadOnlyList<string> Missing,
    [property: Id(2)] string Reason);

/// <summary>The director refuses the pending request for a further notice, with a reason; the clock never stopped.</summary>
[GenerateSerializer, Immutable]
public sealed record RefuseSupplementCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string Reason);

/// <summary>The director extends the promised limit (延期) by <see cref="WorkingDays"/>, once, with a reason.</summary>
[GenerateSerializer, Immutable]
public sealed record ExtendCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] int WorkingDays,
    [property: Id(2)] string Reason);
