using Network.Grains.Interfaces.Deadlines;
using Network.Grains.Interfaces.Errors;

namespace Network.Gateway.Hosting;

/// <summary>
/// An outgoing grain call filter of the gateway's Orleans client: every grain call made while an
/// HTTP request with a <see cref="RequestBudget"/> is served carries the request's deadline to the
/// grains (<see cref="RequestDeadline"/> in the RequestContext) and is awaited for no longer than
/// what remains of the budget (and no longer than the client stays), after which it fails with
/// <see cref="DeadlineExceededException"/> (503 <c>request.budgetExceeded</c>).
/// <para>
/// A filter rather than a helper each endpoint calls: every grain call the gateway makes, through
/// any endpoint, the hub or one added later, goes through it, so no call can forget the budget,
/// and several calls in a row share one budget instead of each getting Orleans' full response
/// timeout. Calls outside a request (the live forwarder) have no budget and pass unchanged.
/// </para>
/// </summary>
public sealed class RequestBudgetCallFilter(IHttpContextAccessor http, TimeProvider time) : IOutgoingGrainCallFilter
{
    public async Task Invoke(IOutgoingGrainCallContext context)
    {
        var request = http.HttpContext;
        if (request?.Features.Get<RequestBudget>() is not { } budget)
        {
            await context.Invoke();
            return;
        }

        var remaining = budget.RemainingAt(time.GetUtcNow());
        if (remaining <= TimeSpan.Zero)
        {
            throw Exceeded(context);
        }

        RequestDeadline.Set(remaining);
        try
        {
            await context.Invoke().WaitAsync(remaining, time, request.RequestAborted);
        }
        catch (TimeoutException)
        {
            throw Exceeded(context);
        }
    }

    private static DeadlineExceededException Exceeded(IOutgoingGrainCallContext context) =>
        new($"The request's budget ran out before {context.InterfaceName}.{context.MethodName} answered; its outcome is unknown.");
}
