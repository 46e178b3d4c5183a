namespace Network.Grains.Interfaces.Errors;

/// <summary>
/// The silo's commit queue is full (<c>Network:GroupCommit:MaxQueued</c> commits waiting for
/// their transaction): the commit was refused at once and nothing of it was written. The gateway
/// answers 503 with Retry-After (<c>service.busy</c>).
/// </summary>
[GenerateSerializer]
public sealed class CommitQueueFullException : Exception
{
    public CommitQueueFullException(string message)
        : base(message)
    {
    }
}
