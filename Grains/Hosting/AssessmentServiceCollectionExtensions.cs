using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Network.Grains.Assessment;
using Network.Grains.Assessment.Rules;
using Network.Grains.Cases.Storage;
using Npgsql;

namespace Network.Grains.Hosting;

/// <summary>Registers the service index, assessments, 通报 and the quarterly publication (one line in the silo's registration).</summary>
public static class AssessmentServiceCollectionExtensions
{
    public static IServiceCollection AddAssessment(this IServiceCollection services)
    {
        services.AddOptions<ServiceIndexOptions>()
            .BindConfiguration(ServiceIndexOptions.Section)
            .Validate(o => !o.Problems().Any(), "Network:Assessment has a weight or deduction out of range (ServiceIndexOptions.Problems; docs/assessment-and-publication.md).")
            .ValidateOnStart();
        services.TryAddSingleton(sp => new ServiceIndexFormula(sp.GetRequiredService<IOptions<ServiceIndexOptions>>().Value));
        services.TryAddSingleton<BulletinRepository>();
        services.TryAddSingleton<AssessmentReader>();
        services.TryAddSingleton<IAssessmentFigureSource, RollupAssessmentFigureSource>();
        services.TryAddSingleton<IDeductionQueries>(sp => sp.GetRequiredService<ICaseStore>() is InMemoryCaseStore memory
            ? new InMemoryDeductionQueries(memory)
            : new PostgresDeductionQueries(sp.GetRequiredService<NpgsqlDataSource>()));
        return services;
    }
}
