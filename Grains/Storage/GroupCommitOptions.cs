namespace Network.Grains.Storage;

/// <summary>How matter commits are grouped into PostgreSQL transactions (section <c>Network:GroupCommit</c>).</summary>
public sealed class GroupCommitOptions
{
    /// <summary>Parallel writers (connections), each committing one group at a time.</summary>
    public int Writers { get; set; } = 2;

    /// <summary>The most commits one transaction carries.</summary>
    public int MaxBatch { get; set; } = 256;

    /// <summary>
    /// The most commits waiting on this silo (queued or in a transaction not yet committed); one
    /// more is refused at once (<see cref="Network.Grains.Interfaces.Errors.CommitQueueFullException"/>)
    /// instead of waiting without bound.
    /// </summary>
    public int MaxQueued { get; set; } = 4096;
}
