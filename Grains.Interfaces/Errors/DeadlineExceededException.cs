namespace Network.Grains.Interfaces.Errors;

/// <summary>
/// The request's deadline passed before its work was done: the gateway stopped waiting for a
/// grain call, or the write path refused a queued commit whose caller had stopped waiting (then
/// nothing of it was written). The outcome of a write that timed out at the gateway is unknown;
/// a retry with the same Idempotency-Key is safe. The gateway answers 503 with Retry-After
/// (<c>request.budgetExceeded</c>).
/// </summary>
[GenerateSerializer]
public sealed class DeadlineExceededException : Exception
{
    public DeadlineExceededException(string message)
        : base(message)
    {
    }
}
