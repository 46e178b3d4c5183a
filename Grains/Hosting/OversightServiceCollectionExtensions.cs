using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Network.Grains.Accountability;
using Network.Grains.CatalogChanges;
using Network.Grains.Complaints;
using Network.Grains.Oversight;
using Network.Grains.Supervision;

namespace Network.Grains.Hosting;

/// <summary>Registers the oversight kinds of case (complaints, supervision orders, accountability records) and catalog changes beside the matters.</summary>
public static class OversightServiceCollectionExtensions
{
    /// <summary>Their read side on PostgreSQL.</summary>
    public static IServiceCollection AddOversightOnPostgres(this IServiceCollection services)
    {
        services.TryAddSingleton<IOversightQueries, PostgresOversightQueries>();
        return services.AddOversightCore();
    }

    /// <summary>Their read side over the in-memory case store.</summary>
    public static IServiceCollection AddOversightInMemory(this IServiceCollection services)
    {
        services.TryAddSingleton<IOversightQueries, InMemoryOversightQueries>();
        return services.AddOversightCore();
    }

    private static IServiceCollection AddOversightCore(this IServiceCollection services)
    {
        services.TryAddSingleton<OversightJson>();
        services.TryAddSingleton<ComplaintRepository>();
        services.TryAddSingleton<SupervisionOrderRepository>();
        services.TryAddSingleton<AccountabilityRepository>();
        services.TryAddSingleton<CatalogChangeRepository>();
        services.TryAddSingleton<LinkedCaseReader>();
        return services;
    }
}
