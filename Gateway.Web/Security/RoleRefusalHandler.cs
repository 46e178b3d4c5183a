using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;
using Network.Gateway.Errors;

namespace Network.Gateway.Security;

/// <summary>
/// A signed-in user whose role a route group's coarse policy refuses gets the same problem as a
/// role refusal of a grain: 403 <c>auth.role</c> naming the field <c>role</c> and the roles needed.
/// Everything else (401 challenges, success) is the default handler's.
/// </summary>
public sealed class RoleRefusalHandler(GatewayExceptionHandler problems) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && context.User.Identity?.IsAuthenticated == true)
        {
            var roles = policy.Requirements.OfType<RolesAuthorizationRequirement>().SelectMany(r => r.AllowedRoles).Distinct().ToArray();
            var user = context.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "this account";
            var role = context.User.FindFirst(System.Security.Claims.ClaimTypes.Role)?.Value ?? "no role";
            var detail = roles.Length == 0
                ? $"{user} ({role}) may not do this."
                : $"This needs the role {string.Join(" or ", roles)}; {user} is a {role}.";
            await problems.WriteAsync(context, Problems.Create(StatusCodes.Status403Forbidden, "auth.role", detail, "role"));
            return;
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
