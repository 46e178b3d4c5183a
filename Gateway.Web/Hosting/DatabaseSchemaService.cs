using Microsoft.Extensions.Options;
using Network.Database;

namespace Network.Gateway.Hosting;

/// <summary>
/// Applies the idempotent schema scripts at start, only when <c>Gateway:MigrateDatabase</c> is true
/// (off by default: the silo migrates, as the migration role, and the gateway runs as
/// <c>network_gateway</c>, which may not change the schema). When on, it migrates through
/// <c>ConnectionStrings:NetworkMigration</c>, or <c>ConnectionStrings:Network</c> when that is unset.
/// </summary>
public sealed class DatabaseSchemaService(IConfiguration configuration, IOptions<GatewayOptions> options, ILogger<DatabaseSchemaService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.MigrateDatabase)
        {
            var migration = configuration.GetConnectionString("NetworkMigration");
            await DatabaseMigrator.MigrateAsync(
                string.IsNullOrWhiteSpace(migration) ? configuration.GetConnectionString("Network")! : migration,
                logger,
                cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
