using Microsoft.AspNetCore.OutputCaching;

namespace Network.Gateway.Hosting;

/// <summary>
/// The anonymous reads (<c>/public/network</c>, a point's hall, a point's public catalog) each fan
/// out to grain calls, so they are throttled per client IP (<see cref="RateLimitSetup.PublicReadLimit"/>)
/// and their answers kept for a few seconds in the gateway's output cache and shared by every
/// anonymous client: however many hall screens and citizens ask, a point's hall costs the cluster
/// at most one call per key every <see cref="PublicReadOptions.CacheSeconds"/> on each gateway
/// (concurrent misses wait for the first one). Requests that carry a session or a token are
/// neither answered from nor stored in the cache (ASP.NET Core's default policy), nor are answers
/// other than 200 or those that set a cookie.
/// </summary>
public static class PublicReadSetup
{
    public const string CachePolicy = "public-read";

    /// <summary>The same for reads of a day (<c>?on=yyyy-MM-dd</c>: a point's catalog or handbook in force on that day), kept per day asked.</summary>
    public const string DatedCachePolicy = "public-read-dated";

    /// <summary>The cache's memory bound: far above what the public answers of a city's points take.</summary>
    private const long CacheSizeLimitBytes = 32L * 1024 * 1024;

    public static IServiceCollection AddGatewayPublicReadCache(this IServiceCollection services, GatewayOptions options)
    {
        services.AddOutputCache(o =>
        {
            o.SizeLimit = CacheSizeLimitBytes;
            o.AddPolicy(CachePolicy, policy =>
            {
                if (options.PublicRead.CacheSeconds > 0)
                {
                    // These routes read no query string: a client cannot make a new entry per query.
                    policy.Expire(TimeSpan.FromSeconds(options.PublicRead.CacheSeconds)).SetVaryByQuery(Array.Empty<string>());
                }
                else
                {
                    policy.NoCache();
                }
            });
            o.AddPolicy(DatedCachePolicy, policy =>
            {
                if (options.PublicRead.CacheSeconds > 0)
                {
                    // Only the day varies an entry; an invalid day is refused (400) and not kept.
                    policy.Expire(TimeSpan.FromSeconds(options.PublicRead.CacheSeconds)).SetVaryByQuery("on");
                }
                else
                {
                    policy.NoCache();
                }
            });
        });
        return services;
    }

    /// <summary>Marks an anonymous read: limited per client IP, then answered from the output cache when it can be.</summary>
    public static RouteHandlerBuilder AsPublicRead(this RouteHandlerBuilder endpoint) =>
        endpoint.RequireRateLimiting(RateLimitSetup.PublicReadLimit).CacheOutput(CachePolicy);

    /// <summary>An anonymous read of a day (<c>?on=</c>), cached per day asked.</summary>
    public static RouteHandlerBuilder AsDatedPublicRead(this RouteHandlerBuilder endpoint) =>
        endpoint.RequireRateLimiting(RateLimitSetup.PublicReadLimit).CacheOutput(DatedCachePolicy);
}
