using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Network.Grains.ApplicantCases;
using Network.Grains.Consultations;

namespace Network.Grains.Hosting;

/// <summary>Registers the kinds of case about applicants (consultations, petitions, proxy errands) beside the matters.</summary>
public static class ApplicantServiceCollectionExtensions
{
    /// <summary>Their read side on PostgreSQL.</summary>
    public static IServiceCollection AddApplicantKindsOnPostgres(this IServiceCollection services)
    {
        services.TryAddSingleton<IFirstInquiryQueries, PostgresFirstInquiryQueries>();
        return services.AddApplicantKindsCore();
    }

    /// <summary>Their read side over the in-memory case store.</summary>
    public static IServiceCollection AddApplicantKindsInMemory(this IServiceCollection services)
    {
        services.TryAddSingleton<IFirstInquiryQueries, InMemoryFirstInquiryQueries>();
        return services.AddApplicantKindsCore();
    }

    private static IServiceCollection AddApplicantKindsCore(this IServiceCollection services)
    {
        services.TryAddSingleton<ApplicantCaseJson>();
        services.TryAddSingleton<ConsultationRepository>();
        services.TryAddSingleton<Petitions.PetitionRepository>();
        return services;
    }
}
