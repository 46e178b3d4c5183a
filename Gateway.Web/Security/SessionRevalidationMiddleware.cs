using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Network.Gateway.Errors;

namespace Network.Gateway.Security;

/// <summary>
/// Runs after authentication on every request: a principal whose session has ended
/// (<see cref="SessionValidator"/>) is dropped (a cookie is signed out). A route that needs a
/// signed-in user then answers 401 <c>auth.sessionEnded</c> (field <c>session</c>) saying why;
/// an anonymous route goes on as for anyone.
/// </summary>
public sealed class SessionRevalidationMiddleware(RequestDelegate next, SessionValidator validator, GatewayExceptionHandler problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated == true
            && await validator.CheckAsync(context.User, context.RequestAborted) is { } reason)
        {
            if (context.User.Identity.AuthenticationType == AuthenticationSetup.Cookie)
            {
                await context.SignOutAsync(AuthenticationSetup.Cookie);
            }

            context.User = new ClaimsPrincipal(new ClaimsIdentity());
            if (NeedsSignIn(context))
            {
                await problems.WriteAsync(context, Errors.Problems.Create(StatusCodes.Status401Unauthorized, "auth.sessionEnded", reason, "session"));
                return;
            }
        }

        await next(context);
    }

    private static bool NeedsSignIn(HttpContext context) =>
        context.GetEndpoint()?.Metadata is { } metadata
        && metadata.GetMetadata<IAuthorizeData>() is not null
        && metadata.GetMetadata<IAllowAnonymous>() is null;
}
