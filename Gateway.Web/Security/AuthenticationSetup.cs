using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.SignalR;
using Network.Gateway.Hosting;

namespace Network.Gateway.Security;

/// <summary>
/// Cookie sign-in for the web UI, bearer tokens for API clients; the API accepts both (a request
/// with <c>Authorization: Bearer</c> is checked as a token, any other by its cookie). Challenges
/// answer 401/403 problem documents, never a redirect. Keys that protect cookies and tokens live
/// in PostgreSQL so every gateway accepts what another issued. Every cookie and token belongs to a
/// session (<see cref="SessionStore"/>) that every request re-validates
/// (<see cref="SessionRevalidationMiddleware"/>, hub connections: <see cref="HubSessionFilter"/>).
/// </summary>
public static class AuthenticationSetup
{
    public const string Smart = "CookieOrBearer";
    public const string Cookie = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string Bearer = BearerTokenDefaults.AuthenticationScheme;

    public static IServiceCollection AddNetworkAuthentication(this IServiceCollection services, GatewayOptions options)
    {
        services.AddSingleton<DataProtectionKeyRepository>();
        // Keys at rest are wrapped with the certificate's public key (docs/security.md): the database alone forges nothing.
        var certificates = DataProtectionCertificates.Load(options.DataProtection);
        services.AddSingleton(certificates);
        services.AddDataProtection()
            .SetApplicationName("convenience-network-gateway")
            .ProtectKeysWithCertificate(certificates.Current)
            .UnprotectKeysWithAnyCertificate([.. certificates.All]);
        services.AddOptions<KeyManagementOptions>()
            .Configure<DataProtectionKeyRepository>((o, repository) => o.XmlRepository = repository);

        services.AddSingleton<AuditLog>();
        services.AddSingleton<AuditChain>();
        services.AddSingleton<AdministratorScope>();
        services.AddSingleton<AccountStore>();
        services.AddSingleton<SessionStore>();
        services.AddSingleton<PasswordHasher>();
        services.AddSingleton<SessionValidator>();
        services.AddSingleton<HubSessions>();
        services.AddSingleton<HubSessionFilter>();
        services.AddSingleton<SessionEnds>();
        services.AddSingleton<SignInService>();
        services.AddSingleton<TokenIssuer>();
        services.AddHostedService<HubSessionSweeper>();
        services.Configure<HubOptions>(o => o.AddFilter<HubSessionFilter>());

        services.AddAuthentication(Smart)
            .AddPolicyScheme(Smart, "Cookie or bearer token", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? Bearer : Cookie)
            .AddCookie(Cookie, o =>
            {
                o.Cookie.Name = "network.session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = options.CookieSecure;
                o.ExpireTimeSpan = TimeSpan.FromMinutes(options.SessionIdleMinutes);
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
            // Tokens are issued by TokenIssuer (refresh tokens are the sessions', stored hashed), not by this scheme's sign-in.
            .AddBearerToken(Bearer, o => o.BearerTokenExpiration = TimeSpan.FromMinutes(options.AccessTokenMinutes));

        // A token or cookie is decrypted once per gateway, not once per request; its session is still re-validated on every request.
        services.AddOptions<BearerTokenOptions>(Bearer).PostConfigure<TimeProvider>((o, clock) => o.BearerTokenProtector = new RememberedTickets(o.BearerTokenProtector, clock));
        services.AddOptions<CookieAuthenticationOptions>(Cookie).PostConfigure<TimeProvider>((o, clock) => o.TicketDataFormat = new RememberedTickets(o.TicketDataFormat, clock));

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(null)
            .AddPolicy(Roles.AdministrationPolicy, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(Roles.CaseWorkPolicy, p => p.RequireRole(Roles.CaseWorkers))
            .AddPolicy(Roles.OversightPolicy, p => p.RequireRole(Roles.OversightWorkers));
        return services;
    }

    /// <summary>Re-validates the session of every signed-in request (after authentication, before authorization).</summary>
    public static IApplicationBuilder UseSessionRevalidation(this IApplicationBuilder app) =>
        app.UseMiddleware<SessionRevalidationMiddleware>();
}
