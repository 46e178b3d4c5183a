using System.Text.Json.Serialization;
using Microsoft.AspNetCore.SignalR;

namespace Network.Gateway.Live;

/// <summary>Wires live status into the gateway: SignalR, the observer and its registration.</summary>
public static class LiveStatusExtensions
{
    public static IServiceCollection AddLiveStatus(this IServiceCollection services)
    {
        // Enums as names, as the HTTP API writes them, so screens read "Completed", not 2.
        services.AddSignalR().AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddSingleton<LiveGroupMembers>();
        services.AddSingleton<HubLifetimeManager<LiveHub>, LiveHubLifetimeManager>();
        services.AddSingleton<LiveStatusForwarder>();
        services.AddSingleton<LiveStatusRegistration>();
        services.AddHostedService(sp => sp.GetRequiredService<LiveStatusRegistration>());
        return services;
    }

    public static IEndpointRouteBuilder MapLiveStatus(this IEndpointRouteBuilder app)
    {
        app.MapHub<LiveHub>("/hubs/live");
        return app;
    }
}
