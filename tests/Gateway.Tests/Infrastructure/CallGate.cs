namespace Network.Gateway.Tests.Infrastructure;

/// <summary>
/// A test-only outgoing grain call filter of the gateway (registered after the gateway's own, so
/// it runs inside the request budget's filter): once armed with <see cref="HoldNext"/>, the next
/// call of that grain method is made for real and, after the grain answered, held until the test
/// releases it, as a silo that answers too late looks to the gateway. Inert until armed.
/// </summary>
public sealed class CallGate : Orleans.IOutgoingGrainCallFilter
{
    private HeldCall? _armed;

    /// <summary>Holds the next call of <paramref name="methodName"/> (e.g. <c>Accept</c>) after its answer.</summary>
    public HeldCall HoldNext(string methodName)
    {
        var held = new HeldCall(methodName);
        Volatile.Write(ref _armed, held);
        return held;
    }

    public async Task Invoke(Orleans.IOutgoingGrainCallContext context)
    {
        await context.Invoke();
        var armed = Volatile.Read(ref _armed);
        if (armed is not null && context.MethodName == armed.MethodName && Interlocked.CompareExchange(ref _armed, null, armed) == armed)
        {
            armed.Answered(context.Result);
            await armed.Released;
        }
    }
}
