using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Network.Grains.Cases.Storage;
using Network.Grains.Duty;
using Network.Grains.Fees;
using Npgsql;

namespace Network.Grains.Hosting;

/// <summary>Registers the collection window's and the duty roster's services (one line in the silo's registration).</summary>
public static class FrontDeskServiceCollectionExtensions
{
    public static IServiceCollection AddFrontDeskRosterAndFees(this IServiceCollection services)
    {
        services.TryAddSingleton<CollectionJson>();
        services.TryAddSingleton<CollectionRepository>();
        services.TryAddSingleton<RosterRepository>();
        services.TryAddSingleton<AttendanceRepository>();
        services.TryAddSingleton<IVacantPostQueries>(sp => sp.GetRequiredService<ICaseStore>() is InMemoryCaseStore memory
            ? new InMemoryVacantPostQueries(memory)
            : new PostgresVacantPostQueries(sp.GetRequiredService<NpgsqlDataSource>()));
        return services;
    }
}
