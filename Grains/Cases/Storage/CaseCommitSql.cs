using Npgsql;
using NpgsqlTypes;

namespace Network.Grains.Cases.Storage;

/// <summary>
/// The SQL of one case commit, as batch commands: the <c>case_record</c> row's insert (expected
/// version 0) or versioned update, then each step's <c>case_ledger</c> row. A ledger row is
/// inserted only if the case row now has the commit's new version, so a commit that lost its
/// version check writes nothing, even when it shares a transaction with others (group commit).
/// Two commits of one case racing from the same version are told apart by the unique
/// (kind, case_id, sequence) of the ledger: the loser's rows collide and its group is retried
/// one commit at a time, where the collision refuses it alone.
/// </summary>
internal static class CaseCommitSql
{
    private const string Insert =
        """
        INSERT INTO case_record (kind, case_id, point_code, current_point_code, window_id, handler_id, status, is_open,
                                 version, state, opened_at, updated_at, next_check_date, due_provisional)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
        ON CONFLICT (kind, case_id) DO NOTHING
        """;

    private const string Update =
        """
        UPDATE case_record SET point_code = $3, current_point_code = $4, window_id = $5, handler_id = $6, status = $7,
                               is_open = $8, version = $9, state = $10, opened_at = $11, updated_at = $12,
                               next_check_date = $13, due_provisional = $14
        WHERE kind = $1 AND case_id = $2 AND version = $15
        """;

    private const string Ledger =
        """
        INSERT INTO case_ledger (kind, case_id, sequence, occurred_at, actor_id, point_code, window_id, action,
                                 status_before, status_after, detail, changes)
        SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12
        WHERE EXISTS (SELECT 1 FROM case_record WHERE kind = $1 AND case_id = $2 AND version = $13)
        """;

    /// <summary>
    /// Adds the commit's commands to <paramref name="batch"/>; returns the case row's command (1 row
    /// affected = version check passed). The writer checked the commit's shape when it was queued.
    /// </summary>
    public static NpgsqlBatchCommand AddTo(NpgsqlBatch batch, CaseCommit commit)
    {
        var index = commit.Index;
        var upsert = new NpgsqlBatchCommand(commit.ExpectedVersion == 0 ? Insert : Update);
        var p = upsert.Parameters;
        p.AddWithValue(commit.Kind);
        p.AddWithValue(commit.CaseId);
        p.AddWithValue(index.PointCode);
        p.AddWithValue(index.CurrentPointCode);
        p.AddWithValue(NpgsqlDbType.Text, (object?)index.WindowId ?? DBNull.Value);
        p.AddWithValue(NpgsqlDbType.Text, (object?)index.HandlerId ?? DBNull.Value);
        p.AddWithValue(index.Status);
        p.AddWithValue(index.IsOpen);
        p.AddWithValue(commit.NewVersion);
        p.AddWithValue(NpgsqlDbType.Jsonb, commit.StateJson);
        p.AddWithValue(index.OpenedAt.ToUniversalTime());
        p.AddWithValue(commit.UpdatedAt.ToUniversalTime());
        p.AddWithValue(NpgsqlDbType.Date, index.NextCheckOn is { } next ? next : DBNull.Value);
        p.AddWithValue(index.DueProvisional);
        if (commit.ExpectedVersion != 0)
        {
            p.AddWithValue(commit.ExpectedVersion);
        }

        batch.BatchCommands.Add(upsert);
        foreach (var step in commit.Steps)
        {
            var row = new NpgsqlBatchCommand(Ledger);
            var r = row.Parameters;
            r.AddWithValue(commit.Kind);
            r.AddWithValue(commit.CaseId);
            r.AddWithValue(step.Sequence);
            r.AddWithValue(step.OccurredAt.ToUniversalTime());
            r.AddWithValue(step.ActorId);
            r.AddWithValue(step.PointCode);
            r.AddWithValue(NpgsqlDbType.Text, (object?)step.WindowId ?? DBNull.Value);
            r.AddWithValue(step.Action);
            r.AddWithValue(NpgsqlDbType.Text, (object?)step.StatusBefore ?? DBNull.Value);
            r.AddWithValue(step.StatusAfter);
            r.AddWithValue(NpgsqlDbType.Text, (object?)step.Detail ?? DBNull.Value);
            r.AddWithValue(NpgsqlDbType.Jsonb, step.Changes);
            r.AddWithValue(commit.NewVersion);
            batch.BatchCommands.Add(row);
        }

        return upsert;
    }
}
