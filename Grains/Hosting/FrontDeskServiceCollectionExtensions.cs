using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Network.Grains.Fees;

namespace Network.Grains.Hosting;

/// <summary>Registers the collection window's and the duty roster's services (one line in the silo's registration).</summary>
public static class FrontDeskServiceCollectionExtensions
{
    public static IServiceCollection AddFrontDeskRosterAndFees(this IServiceCollection services)
    {
        services.TryAddSingleton<CollectionJson>();
        services.TryAddSingleton<CollectionRepository>();
        return services;
    }
}
