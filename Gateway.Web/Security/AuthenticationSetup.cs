using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Network.Gateway.Hosting;

namespace Network.Gateway.Security;

/// <summary>
/// Cookie sign-in for the web UI, bearer tokens for API clients; the API accepts both (a request
/// with <c>Authorization: Bearer</c> is checked as a token, any other by its cookie). Challenges
/// answer 401/403 problem documents, never a redirect. Keys that protect cookies and tokens live
/// in PostgreSQL so every gateway accepts what another issued.
/// </summary>
public static class AuthenticationSetup
{
    public const string Smart = "CookieOrBearer";
    public const string Cookie = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string Bearer = BearerTokenDefaults.AuthenticationScheme;

    public static IServiceCollection AddNetworkAuthentication(this IServiceCollection services, GatewayOptions options)
    {
        services.AddSingleton<DataProtectionKeyRepository>();
        services.AddDataProtection().SetApplicationName("convenience-network-gateway");
        services.AddOptions<KeyManagementOptions>()
            .Configure<DataProtectionKeyRepository>((o, repository) => o.XmlRepository = repository);

        var lifetime = TimeSpan.FromMinutes(options.TokenLifetimeMinutes);
        services.AddAuthentication(Smart)
            .AddPolicyScheme(Smart, "Cookie or bearer token", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? Bearer : Cookie)
            .AddCookie(Cookie, o =>
            {
                o.Cookie.Name = "network.session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = options.CookieSecure;
                o.ExpireTimeSpan = lifetime;
                o.SlidingExpiration = true;
                o.Events.OnRedirectToLogin = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return Task.CompletedTask;
                };
                o.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
            })
            .AddBearerToken(Bearer, o =>
            {
                o.BearerTokenExpiration = lifetime;
                o.RefreshTokenExpiration = TimeSpan.FromDays(1);
            });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(null)
            .AddPolicy(Roles.AdministrationPolicy, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(Roles.CaseWorkPolicy, p => p.RequireRole(Roles.CaseWorkers));
        return services;
    }
}
