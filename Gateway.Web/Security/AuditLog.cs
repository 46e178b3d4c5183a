using Network.Gateway.Data;
using Npgsql;

namespace Network.Gateway.Security;

/// <summary>
/// Appends to <c>audit_event</c> (a trigger refuses UPDATE, DELETE and TRUNCATE; another links
/// each new row into the hash chain, <see cref="AuditChain"/>). Written last in a transaction: the
/// chain's lock is then held only from the audit row to the commit.
/// </summary>
public sealed class AuditLog(GatewayDatabase database, TimeProvider clock)
{
    private const string Insert =
        "INSERT INTO audit_event (occurred_at, actor_id, action, subject_id, address, outcome, detail) VALUES ($1, $2, $3, $4, $5, $6, $7)";

    public async Task WriteAsync(AuditEvent audit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(Command(audit));
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The insert of <paramref name="audit"/>, for a batch that writes it with the change it records.</summary>
    public NpgsqlBatchCommand Command(AuditEvent audit)
    {
        var command = new NpgsqlBatchCommand(Insert);
        command.Parameters.AddWithValue(clock.GetUtcNow());
        command.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)audit.ActorId ?? DBNull.Value);
        command.Parameters.AddWithValue(audit.Action);
        command.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)audit.SubjectId ?? DBNull.Value);
        command.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)audit.Address ?? DBNull.Value);
        command.Parameters.AddWithValue(audit.Outcome);
        command.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)audit.Detail ?? DBNull.Value);
        return command;
    }
}
