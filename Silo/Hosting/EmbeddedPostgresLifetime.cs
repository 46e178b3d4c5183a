using Microsoft.Extensions.Hosting;

namespace Network.Silo.Hosting;

/// <summary>Stops the embedded PostgreSQL after the silo has shut down, if this process started it.</summary>
public sealed class EmbeddedPostgresLifetime(ResolvedStorage storage) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (storage.EmbeddedServer is { } server)
        {
            await server.StopAsync(cancellationToken);
        }
    }
}
