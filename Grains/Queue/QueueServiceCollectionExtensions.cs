using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

using Network.Grains.Appointments;
using Network.Grains.Queue;

namespace Network.Grains.Hosting;

/// <summary>The front desk's kinds of case (queue tickets, appointments) in the silo's services.</summary>
public static class QueueServiceCollectionExtensions
{
    public static IServiceCollection AddFrontDeskQueue(this IServiceCollection services)
    {
        services.AddOptions<QueueOptions>().BindConfiguration(QueueOptions.Section);
        services.TryAddSingleton<QueueRepository>();
        services.AddOptions<AppointmentOptions>().BindConfiguration(AppointmentOptions.Section);
        services.TryAddSingleton<AppointmentJson>();
        services.TryAddSingleton<AppointmentRepository>();
        return services;
    }
}
