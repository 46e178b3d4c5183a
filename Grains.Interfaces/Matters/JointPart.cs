namespace Network.Grains.Interfaces.Matters;

/// <summary>The state of one window's part of a joint matter (联办件).</summary>
public enum JointPartStatus
{
    Open = 0,
    Completed = 1,
    Returned = 2,

    /// <summary>Closed without a decision because another window returned the matter.</summary>
    Cancelled = 3,
}

/// <summary>One window's sub-task of a joint matter, with its own time limit.</summary>
[GenerateSerializer, Immutable]
public sealed record JointPart(
    [property: Id(0)] string PointCode,
    [property: Id(1)] string WindowId,
    [property: Id(2)] JointPartStatus Status,
    [property: Id(3)] DateOnly? DueDate,
    [property: Id(4)] string? ClerkId,
    [property: Id(5)] DateTimeOffset? ClosedAt,
    [property: Id(6)] string? Note,
    [property: Id(7)] string? LegalBasis,
    [property: Id(8)] FlagLevel Flag);
