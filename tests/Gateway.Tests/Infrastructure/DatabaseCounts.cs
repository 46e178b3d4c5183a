using Npgsql;

namespace Network.Gateway.Tests.Infrastructure;

/// <summary>Counts rows of the fixture's database, to check what a request stored (or did not).</summary>
public static class DatabaseCounts
{
    public static async Task<long> CountAsync(this GatewayFixture fx, string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(fx.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var p in parameters)
        {
            command.Parameters.AddWithValue(p);
        }

        return (long)(await command.ExecuteScalarAsync())!;
    }
}
