namespace Network.Grains.Interfaces.Matters;

/// <summary>Where a matter (办件) stands.</summary>
public enum MatterStatus
{
    /// <summary>补办件: the one-time notice listed missing materials; waiting for the citizen.</summary>
    AwaitingSupplement = 0,

    /// <summary>Accepted and being handled (a promised, joint or proxy matter).</summary>
    InProgress = 1,

    /// <summary>办结: finished with a result.</summary>
    Completed = 2,

    /// <summary>退回件: refused, with the reason and legal basis in writing.</summary>
    Returned = 3,
}
