using Microsoft.Extensions.Options;
using Network.Database;

namespace Network.Gateway.Hosting;

/// <summary>Applies the idempotent schema scripts at start (unless <c>Gateway:MigrateDatabase</c> is false).</summary>
public sealed class DatabaseSchemaService(IConfiguration configuration, IOptions<GatewayOptions> options, ILogger<DatabaseSchemaService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.MigrateDatabase)
        {
            await DatabaseMigrator.MigrateAsync(configuration.GetConnectionString("Network")!, logger, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
