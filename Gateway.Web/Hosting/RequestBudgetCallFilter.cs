using System.Runtime.ExceptionServices;
using Microsoft.Extensions.Options;
using Network.Grains.Interfaces.Deadlines;
using Network.Grains.Interfaces.Errors;
using Orleans.CodeGeneration;
using Orleans.Runtime;
using Orleans.Serialization.Invocation;

namespace Network.Gateway.Hosting;

/// <summary>
/// An outgoing grain call filter of the gateway's Orleans client: every grain call made while an
/// HTTP request with a <see cref="RequestBudget"/> is served carries the request's deadline to the
/// grains (<see cref="RequestDeadline"/> in the RequestContext) and is awaited for no longer than
/// what remains of the budget (and no longer than the client stays), after which it fails with
/// <see cref="DeadlineExceededException"/> (503 <c>request.budgetExceeded</c>).
/// <para>
/// A call that is safe to repeat (<see cref="RequestBudgetRetryRules"/>) is sent again, within the
/// budget, when a silo was lost under it: at once when it is still unanswered as a silo is lost
/// (<see cref="RequestBudgetSiloLoss"/>: such an answer may never come), and after a short pause
/// when it failed because its silo was unreachable or declared dead (the pause ends early at the
/// next loss, typically the death declaration after which Orleans activates the grain on a live
/// silo). Every attempt is a call of its own (the Orleans pipeline after this filter runs once per
/// attempt) and carries what is left of the budget then. Nothing is sent again while the
/// membership table lists no active silo (the whole cluster is away: 503 at once). Other calls are
/// sent once.
/// </para>
/// <para>
/// A filter rather than a helper each endpoint calls: every grain call the gateway makes, through
/// any endpoint, the hub or one added later, goes through it, so no call can forget the budget,
/// and several calls in a row share one budget instead of each getting Orleans' full response
/// timeout. Calls outside a request (the live forwarder) have no budget and pass unchanged.
/// </para>
/// </summary>
public sealed class RequestBudgetCallFilter(
    IHttpContextAccessor http,
    TimeProvider time,
    RequestBudgetSiloLoss losses,
    IServiceProvider services,
    IOptions<GatewayOptions> options,
    ILogger<RequestBudgetCallFilter> logger) : IOutgoingGrainCallFilter
{
    /// <summary>The first pause after a failed attempt; each further one doubles, up to <see cref="LongestPause"/>.</summary>
    public static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(50);

    public static readonly TimeSpan LongestPause = TimeSpan.FromMilliseconds(500);

    // Set while this filter sends one attempt of a call it repeats: the attempt passes through.
    private static readonly AsyncLocal<RequestBudget?> AttemptOf = new();

    // Resolved at the first repeatable call, not per call (the filter is built before the client's runtime is).
    private IGrainReferenceRuntime? _runtime;

    public async Task Invoke(IOutgoingGrainCallContext context)
    {
        if (AttemptOf.Value is { } attemptOf)
        {
            AttemptOf.Value = null;
            RequestDeadline.Set(Positive(attemptOf.RemainingAt(time.GetUtcNow())));
            await context.Invoke();
            return;
        }

        var request = http.HttpContext;
        if (request?.Features.Get<RequestBudget>() is not { } budget)
        {
            await context.Invoke();
            return;
        }

        if (options.Value.RetryOnSiloLoss && context.Grain is GrainReference && RequestBudgetRetryRules.IsSafeToRepeat(context.InterfaceMethod))
        {
            context.Result = await RepeatAsync(context, budget, request.RequestAborted);
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

    /// <summary>
    /// Attempts until an answer that is not a silo loss, or the budget runs out: then the last
    /// attempt's failure is the answer if it failed (503 <c>service.unavailable</c>), and
    /// <see cref="DeadlineExceededException"/> if it is unanswered. With no silo active at all, a
    /// silo loss is the answer at once.
    /// </summary>
    private async Task<object?> RepeatAsync(IOutgoingGrainCallContext context, RequestBudget budget, CancellationToken aborted)
    {
        var runtime = _runtime ??= services.GetRequiredService<IGrainReferenceRuntime>();
        var reference = (GrainReference)context.Grain;
        var sendOptions = context.Request is IRequest described ? described.Options : InvokeMethodOptions.None;
        var pause = FirstPause;
        Exception? failed = null;
        for (var attempt = 1; ; attempt++)
        {
            var remaining = budget.RemainingAt(time.GetUtcNow());
            if (remaining <= TimeSpan.Zero)
            {
                if (failed is not null)
                {
                    ExceptionDispatchInfo.Throw(failed);
                }

                throw Exceeded(context);
            }

            // Taken before the attempt is sent: a loss from now on may have been under it.
            var loss = losses.Token;
            var call = Send(runtime, reference, context.Request, sendOptions, budget);
            using (var waiting = CancellationTokenSource.CreateLinkedTokenSource(loss, aborted))
            {
                await Task.WhenAny(call, Task.Delay(remaining, time, waiting.Token));
                if (!call.IsCompleted)
                {
                    Forget(call);
                    aborted.ThrowIfCancellationRequested();
                    if (!loss.IsCancellationRequested)
                    {
                        throw Exceeded(context);
                    }

                    failed = null;
                    logger.LogInformation(
                        "{Interface}.{Method} was unanswered when a silo was lost; sending it again (attempt {Attempt})",
                        context.InterfaceName, context.MethodName, attempt + 1);
                    continue;
                }

                await waiting.CancelAsync();
            }

            try
            {
                return await call;
            }
            catch (Exception e) when (RequestBudgetRetryRules.IsSiloLoss(e) && losses.ClusterReachable)
            {
                failed = e;
                logger.LogInformation(
                    "{Interface}.{Method} failed because a silo was lost ({Error}); sending it again (attempt {Attempt}) within the request's budget",
                    context.InterfaceName, context.MethodName, FirstLine(e), attempt + 1);
            }

            await PauseAsync(pause, budget, aborted);
            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
        }
    }

    /// <summary>Sends one attempt through the whole Orleans pipeline again (this filter lets it pass).</summary>
    private static Task<object?> Send(IGrainReferenceRuntime runtime, GrainReference reference, IInvokable request, InvokeMethodOptions sendOptions, RequestBudget budget)
    {
        AttemptOf.Value = budget;
        try
        {
            return runtime.InvokeMethodAsync<object>(reference, request, sendOptions).AsTask();
        }
        finally
        {
            AttemptOf.Value = null;
        }
    }

    /// <summary>Waits <paramref name="pause"/> (no longer than the budget), or until the next silo loss.</summary>
    private async Task PauseAsync(TimeSpan pause, RequestBudget budget, CancellationToken aborted)
    {
        var remaining = budget.RemainingAt(time.GetUtcNow());
        if (remaining <= TimeSpan.Zero)
        {
            return;
        }

        using var wake = CancellationTokenSource.CreateLinkedTokenSource(losses.Token, aborted);
        try
        {
            await Task.Delay(pause < remaining ? pause : remaining, time, wake.Token);
        }
        catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
        {
            // A silo was lost (declared dead, typically): try again now.
        }
    }

    // An attempt given up on may still end, in failure: observe it so it is not reported as unobserved.
    private static void Forget(Task call) =>
        call.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    // Orleans' rejections carry the whole exception of the failed send (with its stack) in their message.
    private static string FirstLine(Exception e) => $"{e.GetType().Name}: {e.Message.Split('\n', 2)[0].Trim()}";

    private static TimeSpan Positive(TimeSpan value) => value > TimeSpan.Zero ? value : TimeSpan.Zero;

    private static DeadlineExceededException Exceeded(IOutgoingGrainCallContext context) =>
        new($"The request's budget ran out before {context.InterfaceName}.{context.MethodName} answered; its outcome is unknown.");
}
