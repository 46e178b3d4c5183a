using Microsoft.Extensions.Diagnostics.HealthChecks;
using Network.Gateway.Data;

namespace Network.Gateway.Hosting;

/// <summary>Ready only when PostgreSQL answers a trivial query.</summary>
public sealed class PostgresHealthCheck(GatewayDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var command = database.DataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(cancellationToken).WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL is unreachable: " + e.GetType().Name);
        }
    }
}
