using Microsoft.Extensions.Options;

namespace Network.Gateway.Hosting;

/// <summary>
/// Gives every /api and /public request one deadline, now + <c>Gateway:RequestBudgetSeconds</c>
/// (a <see cref="RequestBudget"/> feature). <see cref="RequestBudgetCallFilter"/> bounds each grain
/// call of the request by what remains of it and sends the deadline on to the grains.
/// </summary>
public sealed class RequestBudgetMiddleware(RequestDelegate next, IOptions<GatewayOptions> options, TimeProvider time)
{
    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/public"))
        {
            context.Features.Set(new RequestBudget(time.GetUtcNow() + TimeSpan.FromSeconds(options.Value.RequestBudgetSeconds)));
        }

        return next(context);
    }
}
