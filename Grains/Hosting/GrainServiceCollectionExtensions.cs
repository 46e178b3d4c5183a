using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Network.Grains.Calendar;
using Network.Grains.Cases.Storage;
using Network.Grains.Live;
using Network.Grains.Matters;
using Network.Grains.Network;
using Network.Grains.PersonalData;
using Network.Grains.Queries;
using Network.Grains.Ratings;
using Network.Grains.Ratings.Queries;
using Network.Grains.Storage;
using Npgsql;

namespace Network.Grains.Hosting;

/// <summary>Registers what the grains need from the silo's container.</summary>
public static class GrainServiceCollectionExtensions
{
    /// <summary>Matters on PostgreSQL through <paramref name="connectionString"/>.</summary>
    public static IServiceCollection AddNetworkGrains(this IServiceCollection services, string connectionString)
    {
        services.TryAddSingleton(_ => CaseStoreDataSource.Create(connectionString));
        services.TryAddSingleton<CaseGroupCommitWriter>();
        services.AddOptions<GroupCommitOptions>().BindConfiguration("Network:GroupCommit");
        services.TryAddSingleton<ICaseStore, PostgresCaseStore>();
        services.TryAddSingleton<IMatterQueries, PostgresMatterQueries>();
        services.TryAddSingleton<IRatingQueries, PostgresRatingQueries>();
        services.AddOversightOnPostgres();
        services.TryAddSingleton<Queries.Search.IMatterSearchStore, Queries.Search.PostgresMatterSearchStore>();
        Reports.ReportServiceCollectionExtensions.AddReportRollupsOnPostgres(services);
        return services.AddNetworkGrainsCore();
    }

    /// <summary>Matters in memory: the loud fallback when no database is available.</summary>
    public static IServiceCollection AddNetworkGrainsInMemory(this IServiceCollection services)
    {
        services.TryAddSingleton<InMemoryCaseStore>();
        services.TryAddSingleton<ICaseStore>(sp => sp.GetRequiredService<InMemoryCaseStore>());
        services.TryAddSingleton<IMatterQueries, InMemoryMatterQueries>();
        services.TryAddSingleton<IRatingQueries, InMemoryRatingQueries>();
        services.AddOversightInMemory();
        services.TryAddSingleton<Queries.Search.IMatterSearchStore, Queries.Search.InMemoryMatterSearchStore>();
        Reports.ReportServiceCollectionExtensions.AddReportRollupsInMemory(services);
        return services.AddNetworkGrainsCore();
    }

    private static IServiceCollection AddNetworkGrainsCore(this IServiceCollection services)
    {
        services.AddOptions<PersonalDataOptions>().BindConfiguration(PersonalDataOptions.Section);
        services.TryAddSingleton(sp => new PersonalDataProtector(PersonalDataKeys.Load(sp.GetRequiredService<IOptions<PersonalDataOptions>>().Value)));
        services.TryAddSingleton<MatterJson>();
        services.TryAddSingleton<IMatterRepository, MatterRepository>();
        services.AddFrontDeskRosterAndFees();
        services.AddRatingGrains();
        services.AddFrontDeskQueue();
        services.TryAddKeyedSingleton(ChinaTime.ClockKey, TimeProvider.System);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<LiveStatusOptions>().BindConfiguration("Network:Live");
        services.TryAddSingleton<LiveStatusPublisher>();
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<LiveStatusPublisher>());
        services.TryAddSingleton(_ => new WorkingDayCalendarProvider());
        services.TryAddSingleton(_ => new ServicePointProfileCache());
        return services;
    }
}
