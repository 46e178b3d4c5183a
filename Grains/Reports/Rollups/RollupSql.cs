using Network.Grains.Cases.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Network.Grains.Reports.Rollups;

/// <summary>
/// The SQL that keeps <c>report_rollup</c> with the case store, in two steps (130, issue 15).
/// <para>
/// <b>Inbox.</b> One statement per group commit, after the group's case rows, appends one row to
/// <c>report_rollup_inbox</c>: every commit's <see cref="CaseCommit.Rollup"/> summed per key, as
/// arrays. A commit's facts count only if the commit lands (the writer rolls back a group in which a
/// commit lost its version check and writes the others again, as for its ledger rows), and, for a case
/// that existed before rollups (<c>report_rollup_pending</c>), only once the backfill has counted it
/// whole: that filter is applied here, when the commit is written, as it always was.
/// </para>
/// <para>
/// <b>Fold.</b> <see cref="RollupFold"/> later takes inbox rows, sums them per key and adds the sums to
/// <c>report_rollup</c> and, at a point's level, to <c>report_rollup_point_day</c> and
/// <c>report_rollup_point_month</c> (126: window, item and clerk summed away), deleting the rows it
/// took, in one transaction. Rows are written in key order, each table in the same order of the one
/// statement, so two transactions (a fold, the backfill) never deadlock on them.
/// </para>
/// </summary>
internal static class RollupSql
{
    /// <summary>The group's facts, filtered and summed per key, as one inbox row (none if nothing counts).</summary>
    public const string Inbox =
        """
        INSERT INTO report_rollup_inbox (days, points, windows, items, clerks, figures, buckets, counts)
        SELECT array_agg(day), array_agg(point_code), array_agg(window_id), array_agg(item_id), array_agg(clerk_id), array_agg(figure), array_agg(bucket), array_agg(n)
        FROM (
            SELECT d.day, d.point_code, d.window_id, d.item_id, d.clerk_id, d.figure, d.bucket, sum(d.n)::bigint AS n
            FROM unnest($1::text[], $2::text[], $3::bool[], $4::date[], $5::text[], $6::text[],
                        $7::text[], $8::text[], $9::text[], $10::text[], $11::bigint[])
                 AS d(kind, case_id, existed, day, point_code, window_id, item_id, clerk_id, figure, bucket, n)
            WHERE (NOT d.existed OR NOT EXISTS (SELECT 1 FROM report_rollup_pending p WHERE p.kind = d.kind AND p.case_id = d.case_id))
            GROUP BY 1, 2, 3, 4, 5, 6, 7
            HAVING sum(d.n) <> 0
        ) AS s
        HAVING count(*) > 0
        """;

    /// <summary>
    /// Takes at most <c>$1</c> inbox rows (oldest first), deletes them and adds their facts; returns
    /// how many rows it took and the age in milliseconds of the oldest (from its commit's start).
    /// </summary>
    public static readonly string Fold =
        $"""
        WITH taken AS (
            DELETE FROM report_rollup_inbox i
            WHERE i.id IN (SELECT id FROM report_rollup_inbox ORDER BY id LIMIT $1)
            RETURNING i.written_at, i.days, i.points, i.windows, i.items, i.clerks, i.figures, i.buckets, i.counts
        ),
        d AS MATERIALIZED (
            SELECT left(u.point_code, 6) AS city, u.day, u.point_code, u.window_id, u.item_id, u.clerk_id, u.figure, u.bucket, u.n
            FROM taken t, unnest(t.days, t.points, t.windows, t.items, t.clerks, t.figures, t.buckets, t.counts)
                 AS u(day, point_code, window_id, item_id, clerk_id, figure, bucket, n)
        ),
        {Apply},
        month AS ({Months})
        SELECT count(*)::int, coalesce(extract(epoch FROM clock_timestamp() - min(written_at)) * 1000, 0)::float8 FROM taken
        """;

    /// <summary>Facts given whole, added at once (the backfill's): <c>d</c> from unnest, then the three tables.</summary>
    public static readonly string Upsert =
        $"""
        WITH d AS MATERIALIZED (
            SELECT left(d.point_code, 6) AS city, d.day, d.point_code, d.window_id, d.item_id, d.clerk_id, d.figure, d.bucket, d.n
            FROM unnest($1::date[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::bigint[])
                 AS d(day, point_code, window_id, item_id, clerk_id, figure, bucket, n)
        ),
        {Apply}
        {Months}
        """;

    /// <summary>The daily and point-day upserts from <c>d</c> (city, day, point, window, item, clerk, figure, bucket, n), as CTEs.</summary>
    private const string Apply =
        """
        daily AS (
            INSERT INTO report_rollup AS r (city, day, point_code, window_id, item_id, clerk_id, figure, bucket, n)
            SELECT city, day, point_code, window_id, item_id, clerk_id, figure, bucket, sum(n)
            FROM d
            GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
            HAVING sum(n) <> 0
            ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
            ON CONFLICT (city, day, point_code, window_id, item_id, clerk_id, figure, bucket) DO UPDATE SET n = r.n + excluded.n
        ),
        point_day AS (
            INSERT INTO report_rollup_point_day AS r (city, figure, day, point_code, bucket, n)
            SELECT city, figure, day, point_code, bucket, sum(n)
            FROM d
            GROUP BY 1, 2, 3, 4, 5
            HAVING sum(n) <> 0
            ORDER BY 1, 2, 3, 4, 5
            ON CONFLICT (city, figure, day, point_code, bucket) DO UPDATE SET n = r.n + excluded.n
        )
        """;

    /// <summary>The point-month upsert from <c>d</c>.</summary>
    private const string Months =
        """
        INSERT INTO report_rollup_point_month AS r (city, month, point_code, figure, bucket, n)
        SELECT city, date_trunc('month', day)::date, point_code, figure, bucket, sum(n)
        FROM d
        GROUP BY 1, 2, 3, 4, 5
        HAVING sum(n) <> 0
        ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (city, month, point_code, figure, bucket) DO UPDATE SET n = r.n + excluded.n
        """;

    /// <summary>Adds the group's inbox statement to <paramref name="batch"/>, if any commit of it counts anything.</summary>
    public static void AddTo(NpgsqlBatch batch, IEnumerable<CaseCommit> commits)
    {
        var rows = new Rows(withCase: true);
        foreach (var commit in commits)
        {
            foreach (var fact in commit.Rollup)
            {
                rows.Add(commit.Kind, commit.CaseId, existed: commit.ExpectedVersion != 0, fact);
            }
        }

        if (rows.Count > 0)
        {
            batch.BatchCommands.Add(rows.Command(Inbox));
        }
    }

    /// <summary>
    /// Facts to add whatever the pending list says, e.g. a backfilled case's whole
    /// facts, as one statement in key order, straight to the rollups.
    /// </summary>
    public static NpgsqlBatchCommand Unconditional(IEnumerable<RollupFact> facts)
    {
        var rows = new Rows(withCase: false);
        foreach (var fact in facts)
        {
            rows.Add(string.Empty, string.Empty, existed: false, fact);
        }

        return rows.Command(Upsert);
    }

    private sealed class Rows(bool withCase)
    {
        private readonly List<string> _kinds = [];
        private readonly List<string> _cases = [];
        private readonly List<bool> _existed = [];
        private readonly List<DateOnly> _days = [];
        private readonly List<string> _points = [];
        private readonly List<string> _windows = [];
        private readonly List<string> _items = [];
        private readonly List<string> _clerks = [];
        private readonly List<string> _figures = [];
        private readonly List<string> _buckets = [];
        private readonly List<long> _counts = [];

        public int Count => _days.Count;

        public void Add(string kind, string caseId, bool existed, RollupFact fact)
        {
            if (withCase)
            {
                _kinds.Add(kind);
                _cases.Add(caseId);
                _existed.Add(existed);
            }

            _days.Add(fact.Day);
            _points.Add(fact.PointCode);
            _windows.Add(fact.WindowId);
            _items.Add(fact.ItemId);
            _clerks.Add(fact.ClerkId);
            _figures.Add(fact.Figure);
            _buckets.Add(fact.Bucket);
            _counts.Add(fact.Count);
        }

        public NpgsqlBatchCommand Command(string sql)
        {
            var command = new NpgsqlBatchCommand(sql);
            var p = command.Parameters;
            if (withCase)
            {
                p.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.Text, _kinds);
                p.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.Text, _cases);
                p.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.Boolean, _existed);
            }

            p.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.Date, _days);
            p.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.Text, _points);
            p.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.Text, _windows);
            p.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.Text, _items);
            p.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.Text, _clerks);
            p.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.Text, _figures);
            p.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.Text, _buckets);
            p.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.Bigint, _counts);
            return command;
        }
    }
}
