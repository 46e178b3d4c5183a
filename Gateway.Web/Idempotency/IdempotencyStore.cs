using Network.Gateway.Data;
using Npgsql;

namespace Network.Gateway.Idempotency;

/// <summary>
/// Idempotency keys in PostgreSQL (table <c>idempotency_key</c>), so a retry may reach any
/// gateway. A key is claimed with a short lease while its first request runs; a request whose
/// gateway died leaves a lapsed lease that the retry takes over. An intake's key is not claimed
/// here: the case store records it with the matter (<see cref="KeyRecordedWithCase"/>).
/// </summary>
public sealed class IdempotencyStore(GatewayDatabase database)
{
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    /// <summary>Claims the key; returns null when this request now owns it, else the existing record.</summary>
    public async Task<IdempotencyRecord?> TryClaimAsync(string clerkId, string key, string method, string route, string hash, CancellationToken cancellationToken)
    {
        await using var insert = database.DataSource.CreateCommand(
            """
            INSERT INTO idempotency_key (clerk_id, idempotency_key, method, route, request_hash, locked_until)
            VALUES ($1, $2, $3, $4, $5, now() + $6) ON CONFLICT DO NOTHING
            """);
        insert.Parameters.AddWithValue(clerkId);
        insert.Parameters.AddWithValue(key);
        insert.Parameters.AddWithValue(method);
        insert.Parameters.AddWithValue(route);
        insert.Parameters.AddWithValue(hash);
        insert.Parameters.AddWithValue(Lease);
        if (await insert.ExecuteNonQueryAsync(cancellationToken) == 1)
        {
            return null;
        }

        await using var select = database.DataSource.CreateCommand(
            """
            SELECT method, route, request_hash, status_code, content_type, location, response_body, locked_until
            FROM idempotency_key WHERE clerk_id = $1 AND idempotency_key = $2
            """);
        select.Parameters.AddWithValue(clerkId);
        select.Parameters.AddWithValue(key);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException("An idempotency key vanished while it was claimed.");
        }

        return new IdempotencyRecord(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetString(2),
            reader.IsDBNull(3) ? null : reader.GetInt32(3),
            reader.IsDBNull(4) ? null : reader.GetString(4),
            reader.IsDBNull(5) ? null : reader.GetString(5),
            reader.IsDBNull(6) ? null : (byte[])reader[6],
            reader.GetFieldValue<DateTimeOffset>(7));
    }

    /// <summary>Takes over a key whose first request lapsed without a response; false when another retry got it first.</summary>
    public async Task<bool> TryTakeOverAsync(string clerkId, string key, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand(
            """
            UPDATE idempotency_key SET locked_until = now() + $3
            WHERE clerk_id = $1 AND idempotency_key = $2 AND status_code IS NULL AND locked_until <= now()
            """);
        command.Parameters.AddWithValue(clerkId);
        command.Parameters.AddWithValue(key);
        command.Parameters.AddWithValue(Lease);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task CompleteAsync(string clerkId, string key, int status, string? contentType, string? location, byte[] body, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand(
            """
            UPDATE idempotency_key SET status_code = $3, content_type = $4, response_body = $5, location = $6, completed_at = now()
            WHERE clerk_id = $1 AND idempotency_key = $2
            """);
        command.Parameters.AddWithValue(clerkId);
        command.Parameters.AddWithValue(key);
        command.Parameters.AddWithValue(status);
        command.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)contentType ?? DBNull.Value);
        command.Parameters.AddWithValue(body);
        command.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)location ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Deletes at most <paramref name="limit"/> keys first used before <paramref name="cutoff"/>
    /// (skipping rows another gateway holds); returns how many. See <see cref="IdempotencyPurgeService"/>.
    /// </summary>
    public async Task<int> PurgeAsync(DateTimeOffset cutoff, int limit, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand(
            """
            DELETE FROM idempotency_key k
            USING (SELECT clerk_id, idempotency_key FROM idempotency_key
                   WHERE created_at < $1
                   ORDER BY created_at
                   LIMIT $2
                   FOR UPDATE SKIP LOCKED) old
            WHERE k.clerk_id = old.clerk_id AND k.idempotency_key = old.idempotency_key
            """);
        command.Parameters.AddWithValue(cutoff.ToUniversalTime());
        command.Parameters.AddWithValue(limit);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// The request failed without an answer worth keeping (503, a crash): the lease ends now so a
    /// retry runs again at once.
    /// </summary>
    public async Task ReleaseAsync(string clerkId, string key, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand(
            "UPDATE idempotency_key SET locked_until = now() WHERE clerk_id = $1 AND idempotency_key = $2 AND status_code IS NULL");
        command.Parameters.AddWithValue(clerkId);
        command.Parameters.AddWithValue(key);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
