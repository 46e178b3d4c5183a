using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Network.Grains.Cases.Storage;
using Network.Grains.Complaints;
using Network.Grains.Matters;
using Network.Grains.Queue;
using Network.Grains.Ratings;
using Network.Grains.Reports.Rollups;

namespace Network.Grains.Reports;

/// <summary>Registers the report rollups' read side and, on PostgreSQL, the backfill of earlier cases and the folder of the rollups' inbox.</summary>
public static class ReportServiceCollectionExtensions
{
    public static IServiceCollection AddReportRollupsOnPostgres(this IServiceCollection services)
    {
        services.TryAddSingleton<IReportRollupStore, PostgresReportRollupStore>();
        services.AddRollupFactSources();
        services.TryAddSingleton<RollupBackfill>();
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<RollupBackfill>());
        services.TryAddSingleton(sp => new RollupFolder(sp.GetRequiredService<Npgsql.NpgsqlDataSource>(), sp.GetRequiredService<CaseGroupCommitWriter>(), sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<RollupFolder>>())
        {
            // A measurement knob (docs/rollup-fold.md): group commits per background fold.
            GroupsPerFold = int.TryParse(Environment.GetEnvironmentVariable("NETWORK_ROLLUP_FOLD_GROUPS"), out var groups) && groups > 0 ? groups : RollupFolder.DefaultGroupsPerFold,
        });
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<RollupFolder>());
        return services;
    }

    public static IServiceCollection AddReportRollupsInMemory(this IServiceCollection services)
    {
        services.TryAddSingleton<IReportRollupStore>(sp => new InMemoryReportRollupStore(sp.GetRequiredService<InMemoryCaseStore>()));
        return services.AddRollupFactSources();
    }

    /// <summary>The kinds that count facts, as the backfill reads them (each kind's repository).</summary>
    private static IServiceCollection AddRollupFactSources(this IServiceCollection services)
    {
        services.AddSingleton<IRollupFactSource>(sp => (IRollupFactSource)sp.GetRequiredService<IMatterRepository>());
        services.AddSingleton<IRollupFactSource>(sp => sp.GetRequiredService<RatingRepository>());
        services.AddSingleton<IRollupFactSource>(sp => sp.GetRequiredService<ComplaintRepository>());
        services.AddSingleton<IRollupFactSource>(sp => sp.GetRequiredService<QueueRepository>());
        services.AddSingleton<IRollupFactSource>(sp => sp.GetRequiredService<Fees.CollectionRepository>());
        services.AddSingleton<IRollupFactSource>(sp => sp.GetRequiredService<Appointments.AppointmentRepository>());
        services.AddSingleton<IRollupFactSource>(sp => sp.GetRequiredService<Duty.AttendanceRepository>());
        return services;
    }
}
