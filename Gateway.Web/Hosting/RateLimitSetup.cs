using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Network.Gateway.Endpoints;
using Network.Gateway.Errors;

namespace Network.Gateway.Hosting;

/// <summary>
/// Per-client-IP limits on the public progress lookup, on the anonymous reads (network, hall, public
/// catalog: <see cref="PublicReadSetup"/>) and on sign-in; a refusal is a 429 problem (RFC 9457,
/// code <c>rate.limited</c>) with Retry-After. The client IP is the connection's, or behind a
/// configured proxy the forwarded one (<see cref="ForwardedHeadersSetup"/>).
/// </summary>
public static class RateLimitSetup
{
    /// <summary>The policy of the anonymous reads.</summary>
    public const string PublicReadLimit = "public-read";

    public static IServiceCollection AddGatewayRateLimits(this IServiceCollection services, GatewayOptions options)
    {
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(PublicEndpoints.LookupLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                ClientOf(context),
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.PublicLookup.PermitLimit,
                    Window = TimeSpan.FromSeconds(options.PublicLookup.WindowSeconds),
                    QueueLimit = 0,
                }));
            o.AddPolicy(PublicReadLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                ClientOf(context),
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.PublicRead.PermitLimit,
                    Window = TimeSpan.FromSeconds(options.PublicRead.WindowSeconds),
                    QueueLimit = 0,
                }));
            o.AddPolicy(AuthEndpoints.SignInLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                ClientOf(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.SignInPermitLimit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = async (rejected, cancellationToken) =>
            {
                var context = rejected.HttpContext;
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(options.PublicLookup.WindowSeconds);
                context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                var errors = context.RequestServices.GetRequiredService<GatewayExceptionHandler>();
                await errors.WriteAsync(context, Problems.Create(429, "rate.limited", "Too many requests from this address; wait and try again."));
            };
        });
        return services;
    }

    private static string ClientOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
