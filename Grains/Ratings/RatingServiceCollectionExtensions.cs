using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Network.Grains.Rectifications;

namespace Network.Grains.Ratings;

/// <summary>Registers ratings and rectifications (their JSON, repositories and settings) beside matters.</summary>
public static class RatingServiceCollectionExtensions
{
    public static IServiceCollection AddRatingGrains(this IServiceCollection services)
    {
        services.AddOptions<RatingOptions>().BindConfiguration(RatingOptions.Section);
        services.TryAddSingleton<RatingJson>();
        services.TryAddSingleton<RatingRepository>();
        services.TryAddSingleton<RectificationRepository>();
        return services;
    }
}
