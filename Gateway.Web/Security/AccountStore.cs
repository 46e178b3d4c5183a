using Network.Gateway.Data;
using Npgsql;

namespace Network.Gateway.Security;

/// <summary>Clerk accounts in PostgreSQL (table <c>clerk_account</c>).</summary>
public sealed class AccountStore(GatewayDatabase database)
{
    private const string Columns = "id, display_name, role, point_code, password_hash, disabled";

    public async Task<ClerkAccount?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand($"SELECT {Columns} FROM clerk_account WHERE id = $1");
        command.Parameters.AddWithValue(id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public async Task<IReadOnlyList<ClerkAccount>> ListAsync(string? pointPrefix, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand(
            $"SELECT {Columns} FROM clerk_account WHERE ($1::text IS NULL OR point_code LIKE $1 || '%') ORDER BY point_code, id LIMIT 2000");
        command.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)pointPrefix ?? DBNull.Value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<ClerkAccount>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(Read(reader));
        }

        return list;
    }

    public async Task<IReadOnlySet<string>> ExistingIdsAsync(CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("SELECT id FROM clerk_account");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <summary>Inserts accounts that do not exist yet; existing ones are left as they are.</summary>
    public async Task<int> InsertMissingAsync(IEnumerable<ClerkAccount> accounts, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        foreach (var a in accounts)
        {
            var command = new NpgsqlBatchCommand(
                "INSERT INTO clerk_account (id, display_name, role, point_code, password_hash) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING");
            command.Parameters.AddWithValue(a.Id);
            command.Parameters.AddWithValue(a.DisplayName);
            command.Parameters.AddWithValue(a.Role);
            command.Parameters.AddWithValue(a.PointCode);
            command.Parameters.AddWithValue(a.PasswordHash);
            batch.BatchCommands.Add(command);
        }

        return batch.BatchCommands.Count == 0 ? 0 : await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Creates or replaces an account.</summary>
    public async Task UpsertAsync(ClerkAccount account, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand(
            """
            INSERT INTO clerk_account (id, display_name, role, point_code, password_hash, disabled) VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT (id) DO UPDATE SET display_name = EXCLUDED.display_name, role = EXCLUDED.role, point_code = EXCLUDED.point_code,
                password_hash = EXCLUDED.password_hash, disabled = EXCLUDED.disabled, updated_at = now()
            """);
        command.Parameters.AddWithValue(account.Id);
        command.Parameters.AddWithValue(account.DisplayName);
        command.Parameters.AddWithValue(account.Role);
        command.Parameters.AddWithValue(account.PointCode);
        command.Parameters.AddWithValue(account.PasswordHash);
        command.Parameters.AddWithValue(account.Disabled);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static ClerkAccount Read(NpgsqlDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetBoolean(5));
}
