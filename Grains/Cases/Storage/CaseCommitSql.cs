using Npgsql;
using NpgsqlTypes;

namespace Network.Grains.Cases.Storage;

/// <summary>
/// The SQL of one case commit, as batch commands: the <c>case_record</c> row's insert (expected
/// version 0) or versioned update, then each step's <c>case_ledger</c> row. The ledger rows carry no
/// guard of their own: the writer looks at the case row's command (1 row affected = version check
/// passed) before it commits, and a group with a commit that lost its check is rolled back and
/// written again without it (<see cref="CaseGroupCommitWriter"/>), so a lost commit's ledger rows
/// never land. (A guard per ledger row, a primary-key probe of <c>case_record</c>, was about a
/// quarter of PostgreSQL's time under intake: docs/benchmarks.md.) Two commits of one case racing
/// from the same version are told apart by the unique (kind, case_id, sequence) of the ledger: the
/// loser's rows collide and its group is retried one commit at a time, where the collision refuses
/// it alone.
/// <para>
/// A commit that opens a case under a client's request key first records the key
/// (<c>idempotency_key</c>) and inserts the case row without <c>ON CONFLICT</c>: a key already
/// recorded, or a case id already taken, breaks the transaction, so the key is never recorded
/// without its case nor the case without its key; the group is then retried one commit at a time
/// and the one at fault is refused alone.
/// </para>
/// <para>
/// Each ledger row's <c>hash</c> (the case's hash chain, issue 14) is sent as the caller computed it
/// (<see cref="LedgerHeads"/>), or null when the case's previous hash was not known: the database
/// computes it then as the row is inserted (trigger <c>case_ledger_chain</c>,
/// <c>107_roles_and_ledger_chain.sql</c>). <c>Network.Database.LedgerChainVerifier</c> checks both alike.
/// The change set is sent as json, stored as sent: the hash is over those bytes.
/// </para>
/// <para>
/// The commit's parts (<see cref="CaseCommit.Parts"/>) follow its ledger rows, unguarded like them.
/// </para>
/// </summary>
internal static class CaseCommitSql
{
    /// <summary>The columns a new <c>case_record</c> row is written with, in the order of its parameters ($1 … $14).</summary>
    public const string CaseColumns =
        "kind, case_id, point_code, current_point_code, window_id, handler_id, status, is_open, version, state, opened_at, updated_at, next_check_date, due_provisional";

    /// <summary>The columns of a <c>case_ledger</c> row, in the order of its parameters ($1 … $13).</summary>
    public const string LedgerColumns =
        "kind, case_id, sequence, occurred_at, actor_id, point_code, window_id, action, status_before, status_after, detail, changes, hash";

    /// <summary>The columns of a request key recorded with its case, before <c>locked_until</c> and <c>completed_at</c>.</summary>
    public const string KeyColumns = "clerk_id, idempotency_key, method, route, request_hash";

    private const string InsertStrict =
        $"""
        INSERT INTO case_record ({CaseColumns})
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
        """;

    private const string Insert = $"{InsertStrict}\nON CONFLICT (kind, case_id) DO NOTHING";

    private const string RecordKey =
        $"""
        INSERT INTO idempotency_key ({KeyColumns}, locked_until, case_kind, receipt_number, completed_at)
        VALUES ($1, $2, $3, $4, $5, 'infinity', $6, $7, now())
        """;

    /// <summary>The versioned update of a case row ($1 … $14 as <see cref="CaseColumns"/>, $15 the version it must be at).</summary>
    public const string Update =
        """
        UPDATE case_record SET point_code = $3, current_point_code = $4, window_id = $5, handler_id = $6, status = $7,
                               is_open = $8, version = $9, state = $10, opened_at = $11, updated_at = $12,
                               next_check_date = $13, due_provisional = $14
        WHERE kind = $1 AND case_id = $2 AND version = $15
        """;

    private const string Ledger =
        $"""
        INSERT INTO case_ledger ({LedgerColumns})
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
        """;

    /// <summary>
    /// Adds the commit's commands to <paramref name="batch"/>; returns the case row's command (1 row
    /// affected = version check passed; otherwise the transaction must not be committed). The writer checked the commit's shape when it was queued.
    /// <paramref name="hashes"/> are the steps' hashes in the case's chain, or null to let the database chain them.
    /// </summary>
    public static NpgsqlBatchCommand AddTo(NpgsqlBatch batch, CaseCommit commit, byte[][]? hashes)
    {
        if (commit.OpenedBy is { } key)
        {
            var record = new NpgsqlBatchCommand(RecordKey);
            var k = record.Parameters;
            k.AddWithValue(key.Scope);
            k.AddWithValue(key.Key);
            k.AddWithValue(key.Method);
            k.AddWithValue(key.Route);
            k.AddWithValue(key.RequestHash);
            k.AddWithValue(commit.Kind);
            k.AddWithValue(commit.CaseId);
            batch.BatchCommands.Add(record);
        }

        var upsert = AddCaseRow(batch, commit, Update);
        for (var i = 0; i < commit.Steps.Count; i++)
        {
            var step = commit.Steps[i];
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
            r.AddWithValue(NpgsqlDbType.Json, step.Changes);
            r.AddWithValue(NpgsqlDbType.Bytea, hashes is null ? DBNull.Value : hashes[i]);
            batch.BatchCommands.Add(row);
        }

        CaseGroupSql.AddParts(batch, [commit]);
        return upsert;
    }

    /// <summary>
    /// Adds the commit's <c>case_record</c> command alone (its insert, or its versioned update in
    /// <paramref name="update"/>'s text, <see cref="Update"/> or a form of it with the same
    /// parameters) and returns it: with <see cref="Update"/>, 1 row affected = version check passed.
    /// </summary>
    public static NpgsqlBatchCommand AddCaseRow(NpgsqlBatch batch, CaseCommit commit, string update)
    {
        var index = commit.Index;
        var upsert = new NpgsqlBatchCommand(commit.ExpectedVersion != 0 ? update : commit.OpenedBy is null ? Insert : InsertStrict);
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
        return upsert;
    }
}
