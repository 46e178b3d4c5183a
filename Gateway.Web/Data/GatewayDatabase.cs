using Npgsql;

namespace Network.Gateway.Data;

/// <summary>The gateway's connection to PostgreSQL: accounts, idempotency keys, data protection keys.</summary>
public sealed class GatewayDatabase(NpgsqlDataSource dataSource)
{
    public NpgsqlDataSource DataSource { get; } = dataSource;

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) =>
        await DataSource.OpenConnectionAsync(cancellationToken);
}
