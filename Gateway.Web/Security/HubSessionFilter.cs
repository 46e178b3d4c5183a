using Microsoft.AspNetCore.SignalR;

namespace Network.Gateway.Security;

/// <summary>
/// Every hub of the gateway: a signed-in connection is registered in <see cref="HubSessions"/>
/// and re-validated on every invocation; one whose session has ended is closed and its invocation
/// refused. Anonymous connections (hall screens) are not concerned.
/// </summary>
public sealed class HubSessionFilter(SessionValidator validator, HubSessions hubs) : IHubFilter
{
    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        if (context.Context.User?.Identity?.IsAuthenticated == true)
        {
            if (await validator.CheckAsync(context.Context.User, context.Context.ConnectionAborted) is { } reason)
            {
                throw new HubException(reason);
            }

            hubs.Add(context.Context);
        }

        await next(context);
    }

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var connection = invocationContext.Context;
        if (connection.User?.Identity?.IsAuthenticated == true
            && await validator.CheckAsync(connection.User, connection.ConnectionAborted) is { } reason)
        {
            hubs.Remove(connection);
            connection.Abort();
            throw new HubException(reason);
        }

        return await next(invocationContext);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        hubs.Remove(context.Context);
        await next(context, exception);
    }
}
