using Network.Gateway.Data;
using Npgsql;

namespace Network.Gateway.Security;

/// <summary>
/// Sessions in PostgreSQL (table <c>clerk_session</c>): one per sign-in, with the refresh token of
/// a bearer session stored as its SHA-256 and replaced on every use.
/// </summary>
public sealed class SessionStore(GatewayDatabase database, AuditLog audit, TimeProvider clock)
{
    public const string CookieKind = "cookie";
    public const string BearerKind = "bearer";

    /// <summary>Records a new session of <paramref name="account"/> and the sign-in that opened it.</summary>
    public async Task OpenAsync(ClerkAccount account, SessionTicket ticket, string kind, byte[]? refreshHash, AuditEvent record, CancellationToken cancellationToken)
    {
        var insert = new NpgsqlBatchCommand(
            """
            INSERT INTO clerk_session (id, clerk_id, kind, security_stamp, address, created_at, expires_at, refresh_hash)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            """);
        insert.Parameters.AddWithValue(ticket.Id);
        insert.Parameters.AddWithValue(account.Id);
        insert.Parameters.AddWithValue(kind);
        insert.Parameters.AddWithValue(account.SecurityStamp);
        insert.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)record.Address ?? DBNull.Value);
        insert.Parameters.AddWithValue(ticket.SignedInAt);
        insert.Parameters.AddWithValue(ticket.ExpiresAt);
        insert.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Bytea, (object?)refreshHash ?? DBNull.Value);
        await RunAsync(cancellationToken, insert, audit.Command(record));
    }

    /// <summary>The session and its account as they are now, or null when there is no such session.</summary>
    public async Task<SessionState?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand(
            """
            SELECT s.clerk_id, a.security_stamp, a.disabled, a.must_change_password, s.revoked_at IS NOT NULL, s.expires_at
            FROM clerk_session s JOIN clerk_account a ON a.id = s.clerk_id WHERE s.id = $1
            """);
        command.Parameters.AddWithValue(id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new SessionState(reader.GetString(0), reader.GetString(1), reader.GetBoolean(2), reader.GetBoolean(3), reader.GetBoolean(4), reader.GetFieldValue<DateTimeOffset>(5))
            : null;
    }

    /// <summary>Ends a session (sign-out): its cookie or token and its refresh token are refused from now on.</summary>
    public Task RevokeAsync(Guid id, AuditEvent record, CancellationToken cancellationToken)
    {
        var revoke = new NpgsqlBatchCommand("UPDATE clerk_session SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL");
        revoke.Parameters.AddWithValue(id);
        revoke.Parameters.AddWithValue(clock.GetUtcNow());
        return RunAsync(cancellationToken, revoke, audit.Command(record));
    }

    /// <summary>
    /// Replaces the refresh token whose hash is <paramref name="presented"/> by <paramref name="next"/>
    /// when its session is open, within its lifetime, and its account is enabled and unchanged since
    /// the sign-in; answers the account and the session. A token that was already replaced is a
    /// replay (a copy in other hands): its session is revoked and the outcome names its clerk.
    /// </summary>
    public async Task<RefreshOutcome> RotateAsync(byte[] presented, byte[] next, string? address, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using (var rotate = database.DataSource.CreateCommand(
            """
            UPDATE clerk_session s SET previous_refresh_hash = s.refresh_hash, refresh_hash = $2
            FROM clerk_account a
            WHERE s.refresh_hash = $1 AND a.id = s.clerk_id AND s.revoked_at IS NULL AND s.expires_at > $3
              AND NOT a.disabled AND NOT a.must_change_password AND a.security_stamp = s.security_stamp
            RETURNING s.id, s.created_at, s.expires_at, a.id, a.display_name, a.role, a.point_code, a.security_stamp
            """))
        {
            rotate.Parameters.AddWithValue(presented);
            rotate.Parameters.AddWithValue(next);
            rotate.Parameters.AddWithValue(now);
            await using var reader = await rotate.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                var ticket = new SessionTicket(reader.GetGuid(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetFieldValue<DateTimeOffset>(2));
                var account = new ClerkAccount(reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetString(6), string.Empty, SecurityStamp: reader.GetString(7));
                return new RefreshOutcome(account, ticket, null);
            }
        }

        await using var replay = database.DataSource.CreateCommand(
            "UPDATE clerk_session SET revoked_at = $2 WHERE previous_refresh_hash = $1 AND revoked_at IS NULL RETURNING clerk_id");
        replay.Parameters.AddWithValue(presented);
        replay.Parameters.AddWithValue(now);
        if (await replay.ExecuteScalarAsync(cancellationToken) is string clerkId)
        {
            await audit.WriteAsync(new AuditEvent(null, "token.refresh", clerkId, address, AuditEvent.Refused, "a replaced refresh token was presented again: session revoked"), cancellationToken);
            return new RefreshOutcome(null, null, clerkId);
        }

        return new RefreshOutcome(null, null, null);
    }

    /// <summary>Deletes sessions that ended more than <paramref name="keep"/> ago (the audit log keeps the sign-ins).</summary>
    public async Task<int> PurgeAsync(TimeSpan keep, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("DELETE FROM clerk_session WHERE expires_at < $1");
        command.Parameters.AddWithValue(clock.GetUtcNow() - keep);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task RunAsync(CancellationToken cancellationToken, params NpgsqlBatchCommand[] commands)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var c in commands)
        {
            batch.BatchCommands.Add(c);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
