namespace Network.Grains.Interfaces.Matters;

/// <summary>Where a matter (办件) stands.</summary>
public enum MatterStatus
{
    /// <summary>补办件: the one-time notice listed missing materials; waiting for the citizen (the clock is paused).</summary>
    AwaitingSupplement = 0,

    /// <summary>Accepted and being handled at the point that took it in.</summary>
    InProgress = 1,

    /// <summary>办结: finished with a result.</summary>
    Completed = 2,

    /// <summary>退回件: refused, with the reason and legal basis in writing.</summary>
    Returned = 3,

    /// <summary>代办件: carried to a higher tier, which is handling it now.</summary>
    HandedUp = 4,

    /// <summary>The higher tier's decision is back at the point where the citizen collects it.</summary>
    ResultReady = 5,
}
