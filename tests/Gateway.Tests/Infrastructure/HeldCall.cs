namespace Network.Gateway.Tests.Infrastructure;

/// <summary>A grain call the <see cref="CallGate"/> holds: its answer as soon as the grain gave it, and the release.</summary>
public sealed class HeldCall(string methodName)
{
    private readonly TaskCompletionSource<object?> _answer = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string MethodName => methodName;

    /// <summary>The grain's answer, once the call is held (the gateway is waiting for it from then on).</summary>
    public Task<object?> Answer => _answer.Task;

    /// <summary>Lets the held call return to the gateway.</summary>
    public void Release() => _release.TrySetResult();

    internal Task Released => _release.Task;

    internal void Answered(object? result) => _answer.TrySetResult(result);
}
