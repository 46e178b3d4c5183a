using Npgsql;
using NpgsqlTypes;

namespace Network.Grains.Storage;

/// <summary>
/// The SQL of one matter commit, as batch commands: the matter row's insert (version 0 → 1) or
/// versioned update, then each step's ledger row. A ledger row is inserted only if the matter row
/// now has the commit's version, so a commit that lost its version check writes nothing, even
/// when it shares a transaction with others (group commit).
/// </summary>
internal static class MatterCommitSql
{
    private const string Insert =
        """
        INSERT INTO matter (receipt_number, point_code, window_id, item_id, status, version, state, received_at, updated_at,
                            current_point_code, handler_clerk_id, next_check_date, due_provisional)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
        ON CONFLICT (receipt_number) DO NOTHING
        """;

    private const string Update =
        """
        UPDATE matter SET point_code = $2, window_id = $3, item_id = $4, status = $5, version = $6,
                          state = $7, received_at = $8, updated_at = $9, current_point_code = $10, handler_clerk_id = $11,
                          next_check_date = $12, due_provisional = $13
        WHERE receipt_number = $1 AND version = $14
        """;

    private const string Ledger =
        """
        INSERT INTO ledger (receipt_number, sequence, occurred_at, actor_id, point_code, window_id, action,
                            status_before, status_after, detail, state_before, state_after)
        SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12
        WHERE EXISTS (SELECT 1 FROM matter WHERE receipt_number = $1 AND version = $13)
        """;

    /// <summary>Adds the commit's commands to <paramref name="batch"/>; returns the matter row's command.</summary>
    public static NpgsqlBatchCommand AddTo(NpgsqlBatch batch, MatterCommit commit)
    {
        var after = commit.After;
        var upsert = new NpgsqlBatchCommand(commit.ExpectedVersion == 0 ? Insert : Update);
        upsert.Parameters.AddWithValue(after.ReceiptNumber);
        upsert.Parameters.AddWithValue(after.PointCode);
        upsert.Parameters.AddWithValue(after.WindowId);
        upsert.Parameters.AddWithValue(after.ItemId);
        upsert.Parameters.AddWithValue(after.Status.ToString());
        upsert.Parameters.AddWithValue(after.Version);
        upsert.Parameters.AddWithValue(NpgsqlDbType.Jsonb, MatterJson.Serialize(after));
        upsert.Parameters.AddWithValue(after.ReceivedAt.ToUniversalTime());
        upsert.Parameters.AddWithValue(commit.Steps[^1].Entry.OccurredAt.ToUniversalTime());
        upsert.Parameters.AddWithValue(after.CurrentPointCode);
        upsert.Parameters.AddWithValue(after.HandlerClerkId);
        upsert.Parameters.AddWithValue(NpgsqlDbType.Date, commit.NextCheckOn is { } next ? next : DBNull.Value);
        upsert.Parameters.AddWithValue(after.DueDateProvisional && !after.IsClosed);
        if (commit.ExpectedVersion != 0)
        {
            upsert.Parameters.AddWithValue(commit.ExpectedVersion);
        }

        batch.BatchCommands.Add(upsert);
        foreach (var (step, before) in commit.StepsWithBefore())
        {
            var e = step.Entry;
            var row = new NpgsqlBatchCommand(Ledger);
            row.Parameters.AddWithValue(e.ReceiptNumber);
            row.Parameters.AddWithValue(e.Sequence);
            row.Parameters.AddWithValue(e.OccurredAt.ToUniversalTime());
            row.Parameters.AddWithValue(e.ActorId);
            row.Parameters.AddWithValue(e.PointCode);
            row.Parameters.AddWithValue(NpgsqlDbType.Text, (object?)e.WindowId ?? DBNull.Value);
            row.Parameters.AddWithValue(e.Action);
            row.Parameters.AddWithValue(NpgsqlDbType.Text, (object?)e.StatusBefore?.ToString() ?? DBNull.Value);
            row.Parameters.AddWithValue(e.StatusAfter.ToString());
            row.Parameters.AddWithValue(NpgsqlDbType.Text, (object?)e.Detail ?? DBNull.Value);
            row.Parameters.AddWithValue(NpgsqlDbType.Jsonb, before is null ? DBNull.Value : MatterJson.Serialize(before));
            row.Parameters.AddWithValue(NpgsqlDbType.Jsonb, MatterJson.Serialize(step.After));
            row.Parameters.AddWithValue(after.Version);
            batch.BatchCommands.Add(row);
        }

        return upsert;
    }
}
