using Npgsql;
using NpgsqlTypes;

namespace Network.Grains.Cases.Storage;

/// <summary>
/// The SQL of a whole group of case commits as few statements: the request keys of the commits
/// that open a case under one (one insert), every new case row of the group, keyed or not (one
/// strict insert, no <c>ON CONFLICT</c>), each versioned update as its own statement
/// (<see cref="CaseCommitSql"/>), then every ledger row of the group (one insert), each multi-row
/// statement fed by arrays (<c>unnest</c>). PostgreSQL starts an insert into <c>case_record</c> or
/// <c>case_ledger</c> once per group instead of once per row; the statements' text does not depend
/// on the group's size, so each is prepared once per connection.
/// <para>
/// The version checks are the same as the one-commit-at-a-time form. A case id already taken breaks
/// the transaction: a new case's id is fresh (a receipt number carries 40 random bits), so a taken
/// one is a retry or a second activation, not the common path, while an arbiter probe under
/// <c>ON CONFLICT</c> cost every new row a second descent of the primary key and two more WAL
/// records (docs/benchmarks.md, "seventh session"). The group is then retried one commit at a time
/// (<see cref="CaseGroupCommitWriter"/>) and the one at fault is refused alone, as a key or a ledger
/// row already recorded is. Each update must affect its row, and checks it in SQL
/// (<see cref="UpdateChecked"/>): when one does not (a stale version), its statement raises
/// <see cref="VersionLost"/>, the whole group is rolled back, and the writer writes it again in
/// <see cref="CaseCommitSql"/>'s form, one statement per case row, which names the losers. So no
/// row count has to be read before the group may commit, and the writer sends the group as one
/// batch without an explicit transaction: one implicit transaction, committed at the batch's end,
/// in one round trip.
/// </para>
/// <para>
/// Ledger rows are inserted in the group's order, each case's rows consecutive and by sequence, so a
/// row sent without its hash is chained by the trigger to the row before it even when that row is in
/// the same statement (a row-level trigger sees the rows its statement inserted before).
/// </para>
/// </summary>
internal static class CaseGroupSql
{
    private const string CaseArrays =
        """
        unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::boolean[],
               $9::integer[], $10::jsonb[], $11::timestamptz[], $12::timestamptz[], $13::date[], $14::boolean[])
        """;

    /// <summary>New case rows, keyed or not: a taken id breaks the transaction (the key must not be recorded without its case; see the class).</summary>
    public const string InsertCases = $"INSERT INTO case_record ({CaseCommitSql.CaseColumns})\nSELECT * FROM {CaseArrays}";

    public const string RecordKeys =
        $"""
        INSERT INTO idempotency_key ({CaseCommitSql.KeyColumns}, locked_until, case_kind, receipt_number, completed_at)
        SELECT k.clerk_id, k.idempotency_key, k.method, k.route, k.request_hash, 'infinity', k.case_kind, k.receipt_number, now()
        FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
             AS k(clerk_id, idempotency_key, method, route, request_hash, case_kind, receipt_number)
        """;

    /// <summary>
    /// The group's transaction plans its statements once per connection: left to choose, PostgreSQL
    /// estimates a generic plan over parameter arrays of unknown length dearer than a plan for the
    /// arrays at hand and plans every execution anew (<c>pg_plan_query</c> under
    /// <c>GetCachedPlan</c>, 8 % of the backends' time in a profile). The plans of these statements
    /// do not depend on the arrays' lengths. Local (<c>set_config</c>'s third argument): until the
    /// transaction ends, here the batch's implicit one (<c>SET LOCAL</c> would warn outside a
    /// transaction block).
    /// </summary>
    public const string PlanOnce = "SELECT set_config('plan_cache_mode', 'force_generic_plan', true)";

    /// <summary>The SQLSTATE <see cref="UpdateChecked"/> raises when a case row was not at the version its commit was made from (<c>131_group_commit_one_trip.sql</c>).</summary>
    public const string VersionLost = "NV409";

    /// <summary>
    /// A versioned update of a case row (<see cref="CaseCommitSql.Update"/>, same parameters) that
    /// raises <see cref="VersionLost"/> when it affected no row, rolling its whole batch back: the
    /// data-modifying <c>WITH</c> runs to its end before the check reads it.
    /// </summary>
    public const string UpdateChecked =
        $"""
        WITH updated AS (
        {CaseCommitSql.Update}
        RETURNING 1)
        SELECT case_version_lost($1, $2, $15) WHERE NOT EXISTS (SELECT FROM updated)
        """;

    public const string InsertLedger =
        $"""
        INSERT INTO case_ledger ({CaseCommitSql.LedgerColumns})
        SELECT * FROM unnest($1::text[], $2::text[], $3::integer[], $4::timestamptz[], $5::text[], $6::text[], $7::text[], $8::text[],
                             $9::text[], $10::text[], $11::text[], $12::json[], $13::bytea[])
        """;

    /// <summary>
    /// After the group's ledger rows, in one upsert: the parts of the states kept as rows of their own
    /// (<see cref="CasePart"/>) that the group's commits wrote (<see cref="CaseCommit.Parts"/>): a new one
    /// inserted, one already stored replaced. After the ledger rows: two commits of one case racing
    /// from the same version collide there first (the same sequence), the known way of telling them
    /// apart. Two chained commits of one case in one group that write the same part (a case committing
    /// again before its last commit was answered, which no grain does) make this statement fail, and
    /// the group is retried commit by commit, where both succeed.
    /// </summary>
    public const string UpsertParts =
        """
        INSERT INTO case_part AS p (kind, case_id, part, state)
        SELECT * FROM unnest($1::text[], $2::text[], $3::integer[], $4::jsonb[])
        ON CONFLICT (kind, case_id, part) DO UPDATE SET state = excluded.state
        """;

    /// <summary>Adds one statement writing the parts of <paramref name="commits"/>, if they have any.</summary>
    public static void AddParts(NpgsqlBatch batch, IEnumerable<CaseCommit> commits)
    {
        PartRows? parts = null;
        foreach (var commit in commits)
        {
            foreach (var part in commit.Parts)
            {
                (parts ??= new PartRows()).Add(commit, part);
            }
        }

        if (parts is not null)
        {
            batch.BatchCommands.Add(parts.Command());
        }
    }

    /// <summary>
    /// Adds the group's commands to <paramref name="batch"/>: they either all succeed, every version
    /// check passed, or one of them fails (<see cref="VersionLost"/>, a taken id or key). No row
    /// count needs reading. <paramref name="group"/> pairs each commit with its steps' hashes
    /// (null: the database chains them). The writer checked each commit's shape when it was queued.
    /// </summary>
    public static void AddTo(NpgsqlBatch batch, IReadOnlyList<(CaseCommit Commit, byte[][]? Hashes)> group)
    {
        batch.BatchCommands.Add(new NpgsqlBatchCommand(PlanOnce));
        var opened = new CaseRows();
        var keys = new KeyRows();
        foreach (var (commit, _) in group)
        {
            if (commit.ExpectedVersion != 0)
            {
                CaseCommitSql.AddCaseRow(batch, commit, UpdateChecked);
            }
            else
            {
                if (commit.OpenedBy is { } key)
                {
                    keys.Add(key, commit);
                }

                opened.Add(commit);
            }
        }

        if (keys.Count > 0)
        {
            batch.BatchCommands.Add(keys.Command());
        }

        if (opened.Count > 0)
        {
            // Strict (no ON CONFLICT): it inserts every row or fails.
            opened.AddTo(batch, InsertCases);
        }

        var ledger = new LedgerRows();
        foreach (var (commit, hashes) in group)
        {
            for (var i = 0; i < commit.Steps.Count; i++)
            {
                ledger.Add(commit, commit.Steps[i], hashes?[i]);
            }
        }

        batch.BatchCommands.Add(ledger.Command());
        AddParts(batch, group.Select(g => g.Commit));
    }

    /// <summary>The columns of a multi-row statement, each sent as one array parameter ($1, $2, … in the order they were added).</summary>
    private sealed class ArrayColumns
    {
        private readonly List<(NpgsqlDbType Type, object Values)> _columns = [];

        public List<T> Add<T>(NpgsqlDbType type)
        {
            var values = new List<T>();
            _columns.Add((type, values));
            return values;
        }

        public NpgsqlBatchCommand Command(string sql)
        {
            var command = new NpgsqlBatchCommand(sql);
            foreach (var (type, values) in _columns)
            {
                command.Parameters.AddWithValue(NpgsqlDbType.Array | type, values);
            }

            return command;
        }
    }

    private sealed class CaseRows
    {
        private readonly ArrayColumns _columns = new();
        private readonly List<string> _kinds;
        private readonly List<string> _ids;
        private readonly List<string> _points;
        private readonly List<string> _currentPoints;
        private readonly List<string?> _windows;
        private readonly List<string?> _handlers;
        private readonly List<string> _statuses;
        private readonly List<bool> _open;
        private readonly List<int> _versions;
        private readonly List<string> _states;
        private readonly List<DateTimeOffset> _openedAt;
        private readonly List<DateTimeOffset> _updatedAt;
        private readonly List<DateOnly?> _nextCheck;
        private readonly List<bool> _provisional;

        public CaseRows()
        {
            _kinds = _columns.Add<string>(NpgsqlDbType.Text);
            _ids = _columns.Add<string>(NpgsqlDbType.Text);
            _points = _columns.Add<string>(NpgsqlDbType.Text);
            _currentPoints = _columns.Add<string>(NpgsqlDbType.Text);
            _windows = _columns.Add<string?>(NpgsqlDbType.Text);
            _handlers = _columns.Add<string?>(NpgsqlDbType.Text);
            _statuses = _columns.Add<string>(NpgsqlDbType.Text);
            _open = _columns.Add<bool>(NpgsqlDbType.Boolean);
            _versions = _columns.Add<int>(NpgsqlDbType.Integer);
            _states = _columns.Add<string>(NpgsqlDbType.Jsonb);
            _openedAt = _columns.Add<DateTimeOffset>(NpgsqlDbType.TimestampTz);
            _updatedAt = _columns.Add<DateTimeOffset>(NpgsqlDbType.TimestampTz);
            _nextCheck = _columns.Add<DateOnly?>(NpgsqlDbType.Date);
            _provisional = _columns.Add<bool>(NpgsqlDbType.Boolean);
        }

        public int Count => _ids.Count;

        public void Add(CaseCommit commit)
        {
            var index = commit.Index;
            _kinds.Add(commit.Kind);
            _ids.Add(commit.CaseId);
            _points.Add(index.PointCode);
            _currentPoints.Add(index.CurrentPointCode);
            _windows.Add(index.WindowId);
            _handlers.Add(index.HandlerId);
            _statuses.Add(index.Status);
            _open.Add(index.IsOpen);
            _versions.Add(commit.NewVersion);
            _states.Add(commit.StateJson);
            _openedAt.Add(index.OpenedAt.ToUniversalTime());
            _updatedAt.Add(commit.UpdatedAt.ToUniversalTime());
            _nextCheck.Add(index.NextCheckOn);
            _provisional.Add(index.DueProvisional);
        }

        public void AddTo(NpgsqlBatch batch, string sql) => batch.BatchCommands.Add(_columns.Command(sql));
    }

    private sealed class KeyRows
    {
        private readonly ArrayColumns _columns = new();
        private readonly List<string>[] _text;

        public KeyRows() => _text = Enumerable.Range(0, 7).Select(_ => _columns.Add<string>(NpgsqlDbType.Text)).ToArray();

        public int Count => _text[0].Count;

        /// <summary>Columns in <see cref="RecordKeys"/>' order: clerk, key, method, route, request hash, case kind, case id.</summary>
        public void Add(Interfaces.Cases.RequestKey key, CaseCommit commit)
        {
            string[] row = [key.Scope, key.Key, key.Method, key.Route, key.RequestHash, commit.Kind, commit.CaseId];
            for (var i = 0; i < row.Length; i++)
            {
                _text[i].Add(row[i]);
            }
        }

        public NpgsqlBatchCommand Command() => _columns.Command(RecordKeys);
    }

    private sealed class PartRows
    {
        private readonly ArrayColumns _columns = new();
        private readonly List<string> _kinds;
        private readonly List<string> _cases;
        private readonly List<int> _numbers;
        private readonly List<string> _states;

        public PartRows()
        {
            _kinds = _columns.Add<string>(NpgsqlDbType.Text);
            _cases = _columns.Add<string>(NpgsqlDbType.Text);
            _numbers = _columns.Add<int>(NpgsqlDbType.Integer);
            _states = _columns.Add<string>(NpgsqlDbType.Jsonb);
        }

        public void Add(CaseCommit commit, CasePart part)
        {
            _kinds.Add(commit.Kind);
            _cases.Add(commit.CaseId);
            _numbers.Add(part.Number);
            _states.Add(part.Json);
        }

        public NpgsqlBatchCommand Command() => _columns.Command(UpsertParts);
    }

    private sealed class LedgerRows
    {
        private readonly ArrayColumns _columns = new();
        private readonly List<string> _kinds;
        private readonly List<string> _cases;
        private readonly List<int> _sequences;
        private readonly List<DateTimeOffset> _occurredAt;
        private readonly List<string> _actors;
        private readonly List<string> _points;
        private readonly List<string?> _windows;
        private readonly List<string> _actions;
        private readonly List<string?> _statusBefore;
        private readonly List<string> _statusAfter;
        private readonly List<string?> _details;
        private readonly List<string> _changes;
        private readonly List<byte[]?> _hashes;

        public LedgerRows()
        {
            _kinds = _columns.Add<string>(NpgsqlDbType.Text);
            _cases = _columns.Add<string>(NpgsqlDbType.Text);
            _sequences = _columns.Add<int>(NpgsqlDbType.Integer);
            _occurredAt = _columns.Add<DateTimeOffset>(NpgsqlDbType.TimestampTz);
            _actors = _columns.Add<string>(NpgsqlDbType.Text);
            _points = _columns.Add<string>(NpgsqlDbType.Text);
            _windows = _columns.Add<string?>(NpgsqlDbType.Text);
            _actions = _columns.Add<string>(NpgsqlDbType.Text);
            _statusBefore = _columns.Add<string?>(NpgsqlDbType.Text);
            _statusAfter = _columns.Add<string>(NpgsqlDbType.Text);
            _details = _columns.Add<string?>(NpgsqlDbType.Text);
            _changes = _columns.Add<string>(NpgsqlDbType.Json);
            _hashes = _columns.Add<byte[]?>(NpgsqlDbType.Bytea);
        }

        public void Add(CaseCommit commit, CaseStep step, byte[]? hash)
        {
            _kinds.Add(commit.Kind);
            _cases.Add(commit.CaseId);
            _sequences.Add(step.Sequence);
            _occurredAt.Add(step.OccurredAt.ToUniversalTime());
            _actors.Add(step.ActorId);
            _points.Add(step.PointCode);
            _windows.Add(step.WindowId);
            _actions.Add(step.Action);
            _statusBefore.Add(step.StatusBefore);
            _statusAfter.Add(step.StatusAfter);
            _details.Add(step.Detail);
            _changes.Add(step.Changes);
            _hashes.Add(hash);
        }

        public NpgsqlBatchCommand Command() => _columns.Command(InsertLedger);
    }
}
