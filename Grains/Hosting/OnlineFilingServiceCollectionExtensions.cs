using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Network.Grains.Cases.Storage;
using Network.Grains.OnlineFiling;
using Network.Grains.OnlineFiling.Files;
using Network.Grains.Seals;
using Npgsql;

namespace Network.Grains.Hosting;

/// <summary>Online applications (with their files) and the seal register in the silo's services.</summary>
public static class OnlineFilingServiceCollectionExtensions
{
    public static IServiceCollection AddOnlineFilingAndSeals(this IServiceCollection services)
    {
        services.AddOptions<OnlineFilingOptions>().BindConfiguration(OnlineFilingOptions.Section);
        services.TryAddSingleton<OnlineFilingJson>();
        services.TryAddSingleton<OnlineApplicationRepository>();
        // Files beside the cases: in PostgreSQL when the cases are, in memory with the in-memory case store.
        services.TryAddSingleton<IApplicationFileStore>(sp => sp.GetRequiredService<ICaseStore>() is InMemoryCaseStore
            ? new InMemoryApplicationFileStore()
            : new PostgresApplicationFileStore(sp.GetRequiredService<NpgsqlDataSource>()));
        // Files whose case commit never happened (a silo died between): removed after a grace period.
        services.TryAddSingleton<OrphanedFilePurgeService>();
        services.AddHostedService(sp => sp.GetRequiredService<OrphanedFilePurgeService>());
        services.TryAddSingleton<SealRepository>();
        return services;
    }
}
