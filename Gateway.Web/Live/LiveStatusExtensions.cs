namespace Network.Gateway.Live;

/// <summary>Wires live status into the gateway: SignalR, the observer and its registration.</summary>
public static class LiveStatusExtensions
{
    public static IServiceCollection AddLiveStatus(this IServiceCollection services)
    {
        services.AddSignalR();
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
