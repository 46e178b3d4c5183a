using Network.Gateway.Data;
using Npgsql;

namespace Network.Gateway.Security;

/// <summary>
/// Clerk accounts in PostgreSQL (table <c>clerk_account</c>). Every change that alters what a
/// session was granted gives the account a new security stamp and revokes its open sessions, in
/// the same transaction as the audit row that records it.
/// </summary>
public sealed class AccountStore(GatewayDatabase database, AuditLog audit, TimeProvider clock)
{
    private const string Columns =
        "id, display_name, role, point_code, password_hash, disabled, security_stamp, must_change_password, locked_until, lockouts";

    private const string RevokeSessions = "UPDATE clerk_session SET revoked_at = $2 WHERE clerk_id = $1 AND revoked_at IS NULL";

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

    /// <summary>
    /// Creates or replaces an account and appends <paramref name="audits"/>, in one transaction.
    /// With <paramref name="newStamp"/> the account gets a new security stamp and its open sessions
    /// (and their refresh tokens) are revoked.
    /// </summary>
    public async Task SaveAsync(ClerkAccount account, bool newStamp, IEnumerable<AuditEvent> audits, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection, transaction);
        var upsert = new NpgsqlBatchCommand(
            """
            INSERT INTO clerk_account (id, display_name, role, point_code, password_hash, disabled, must_change_password)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            ON CONFLICT (id) DO UPDATE SET display_name = EXCLUDED.display_name, role = EXCLUDED.role, point_code = EXCLUDED.point_code,
                password_hash = EXCLUDED.password_hash, disabled = EXCLUDED.disabled, must_change_password = EXCLUDED.must_change_password,
                security_stamp = CASE WHEN $8 THEN gen_random_uuid()::text ELSE clerk_account.security_stamp END, updated_at = now()
            """);
        upsert.Parameters.AddWithValue(account.Id);
        upsert.Parameters.AddWithValue(account.DisplayName);
        upsert.Parameters.AddWithValue(account.Role);
        upsert.Parameters.AddWithValue(account.PointCode);
        upsert.Parameters.AddWithValue(account.PasswordHash);
        upsert.Parameters.AddWithValue(account.Disabled);
        upsert.Parameters.AddWithValue(account.MustChangePassword);
        upsert.Parameters.AddWithValue(newStamp);
        batch.BatchCommands.Add(upsert);
        if (newStamp)
        {
            batch.BatchCommands.Add(Revoke(account.Id));
        }

        foreach (var a in audits)
        {
            batch.BatchCommands.Add(audit.Command(a));
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>A new password chosen by the clerk: clears the forced change, new stamp, sessions revoked.</summary>
    public Task ChangePasswordAsync(string id, string passwordHash, AuditEvent record, CancellationToken cancellationToken) =>
        RunAsync(cancellationToken, record, Revoke(id), Command(
            "UPDATE clerk_account SET password_hash = $2, must_change_password = false, security_stamp = gen_random_uuid()::text, updated_at = now() WHERE id = $1",
            id, passwordHash));

    /// <summary>Counts a wrong password; the one that reaches the limit locks until <paramref name="lockUntil"/> of the lock count before it.</summary>
    public async Task<DateTimeOffset?> RecordFailureAsync(string id, int limit, Func<int, DateTimeOffset> lockUntil, CancellationToken cancellationToken)
    {
        await using var count = database.DataSource.CreateCommand(
            "UPDATE clerk_account SET failed_sign_ins = failed_sign_ins + 1 WHERE id = $1 RETURNING failed_sign_ins, lockouts");
        count.Parameters.AddWithValue(id);
        int failures, lockouts;
        await using (var reader = await count.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            (failures, lockouts) = (reader.GetInt32(0), reader.GetInt32(1));
        }

        if (failures < limit)
        {
            return null;
        }

        // Only one of concurrent failures past the limit locks (the others find the count reset).
        var until = lockUntil(lockouts);
        await using var lockCommand = database.DataSource.CreateCommand(
            "UPDATE clerk_account SET failed_sign_ins = 0, lockouts = lockouts + 1, locked_until = $3 WHERE id = $1 AND failed_sign_ins >= $2");
        lockCommand.Parameters.AddWithValue(id);
        lockCommand.Parameters.AddWithValue(limit);
        lockCommand.Parameters.AddWithValue(until);
        return await lockCommand.ExecuteNonQueryAsync(cancellationToken) > 0 ? until : null;
    }

    /// <summary>
    /// A right password: the failure count and locks start over; <paramref name="newHash"/> (a
    /// rehash at the current cost) replaces <paramref name="oldHash"/> unless the password changed meanwhile.
    /// </summary>
    public async Task RecordSuccessAsync(string id, string oldHash, string? newHash, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand(
            """
            UPDATE clerk_account SET failed_sign_ins = 0, lockouts = 0, locked_until = NULL,
                password_hash = CASE WHEN password_hash = $2 AND $3::text IS NOT NULL THEN $3 ELSE password_hash END
            WHERE id = $1
            """);
        command.Parameters.AddWithValue(id);
        command.Parameters.AddWithValue(oldHash);
        command.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)newHash ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The administrator's unlock: no lock, no failures counted.</summary>
    public Task UnlockAsync(string id, AuditEvent record, CancellationToken cancellationToken) =>
        RunAsync(cancellationToken, record, Command("UPDATE clerk_account SET failed_sign_ins = 0, lockouts = 0, locked_until = NULL WHERE id = $1", id));

    private NpgsqlBatchCommand Revoke(string id)
    {
        var command = new NpgsqlBatchCommand(RevokeSessions);
        command.Parameters.AddWithValue(id);
        command.Parameters.AddWithValue(clock.GetUtcNow());
        return command;
    }

    private static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var v in values)
        {
            command.Parameters.AddWithValue(v);
        }

        return command;
    }

    private async Task RunAsync(CancellationToken cancellationToken, AuditEvent record, params NpgsqlBatchCommand[] commands)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var c in commands)
        {
            batch.BatchCommands.Add(c);
        }

        batch.BatchCommands.Add(audit.Command(record));
        await batch.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static ClerkAccount Read(NpgsqlDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetBoolean(5),
        r.GetString(6), r.GetBoolean(7), r.IsDBNull(8) ? null : r.GetFieldValue<DateTimeOffset>(8), r.GetInt32(9));
}
