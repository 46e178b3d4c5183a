namespace Network.Gateway.Hosting;

/// <summary>Registers HSTS (configuration <c>Gateway:Hsts</c>) and the security headers of every response.</summary>
public static class SecurityHeadersSetup
{
    public static IServiceCollection AddGatewaySecurityHeaders(this IServiceCollection services, GatewayOptions options) =>
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(options.Hsts.MaxAgeDays);
            o.IncludeSubDomains = options.Hsts.IncludeSubDomains;
            o.Preload = false;
        });

    /// <summary>
    /// HSTS (on HTTPS requests only, which includes requests a known proxy forwarded as HTTPS; never
    /// in Development, where the browser would remember it for localhost), then the headers of
    /// <see cref="SecurityHeadersMiddleware"/>.
    /// </summary>
    public static IApplicationBuilder UseGatewaySecurityHeaders(this IApplicationBuilder app, GatewayOptions options, IHostEnvironment environment)
    {
        if (options.Hsts.Enabled && !environment.IsDevelopment())
        {
            app.UseHsts();
        }

        return app.UseMiddleware<SecurityHeadersMiddleware>();
    }
}
