using Network.Grains.Cases.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Network.Grains.Reports.Rollups;

/// <summary>
/// The SQL that keeps <c>report_rollup</c> with the case store: one statement per group commit,
/// after the group's case rows, adding every commit's <see cref="CaseCommit.Rollup"/> summed per key,
/// and the same sums at a point's level to <c>report_rollup_point_day</c> and
/// <c>report_rollup_point_month</c> (126: window, item and clerk summed away).
/// A commit's facts count only if the commit lands (the writer rolls back a group in which a commit
/// lost its version check and writes the others again, as for its ledger rows), and,
/// for a case that existed before rollups (<c>report_rollup_pending</c>), only once the backfill has
/// counted it whole. Rows are written in key order, each table in the same order of the one statement,
/// so two transactions never deadlock on them.
/// </summary>
internal static class RollupSql
{
    public const string Upsert =
        """
        WITH d AS MATERIALIZED (
            SELECT d.city, d.day, d.point_code, d.window_id, d.item_id, d.clerk_id, d.figure, d.bucket, d.n
            FROM unnest($1::text[], $2::text[], $3::bool[], $4::text[], $5::date[], $6::text[], $7::text[],
                        $8::text[], $9::text[], $10::text[], $11::text[], $12::bigint[])
                 AS d(kind, case_id, existed, city, day, point_code, window_id, item_id, clerk_id, figure, bucket, n)
            WHERE (NOT d.existed OR NOT EXISTS (SELECT 1 FROM report_rollup_pending p WHERE p.kind = d.kind AND p.case_id = d.case_id))
        ),
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
        INSERT INTO report_rollup_point_month AS r (city, month, point_code, figure, bucket, n)
        SELECT city, date_trunc('month', day)::date, point_code, figure, bucket, sum(n)
        FROM d
        GROUP BY 1, 2, 3, 4, 5
        HAVING sum(n) <> 0
        ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (city, month, point_code, figure, bucket) DO UPDATE SET n = r.n + excluded.n
        """;

    /// <summary>Adds the group's rollup statement to <paramref name="batch"/>, if any commit of it counts anything.</summary>
    public static void AddTo(NpgsqlBatch batch, IEnumerable<CaseCommit> commits)
    {
        var rows = new Rows();
        foreach (var commit in commits)
        {
            foreach (var fact in commit.Rollup)
            {
                rows.Add(commit.Kind, commit.CaseId, existed: commit.ExpectedVersion != 0, fact);
            }
        }

        if (rows.Count > 0)
        {
            batch.BatchCommands.Add(rows.Command(Upsert));
        }
    }

    /// <summary>
    /// Facts to add whatever the pending list says, e.g. a backfilled case's whole
    /// facts, as one statement in key order.
    /// </summary>
    public static NpgsqlBatchCommand Unconditional(IEnumerable<(string Kind, string CaseId, RollupFact Fact)> facts)
    {
        var rows = new Rows();
        foreach (var (kind, caseId, fact) in facts)
        {
            rows.Add(kind, caseId, existed: false, fact);
        }

        return rows.Command(Upsert);
    }

    private sealed class Rows
    {
        private readonly List<string> _kinds = [];
        private readonly List<string> _cases = [];
        private readonly List<bool> _existed = [];
        private readonly List<string> _cities = [];
        private readonly List<DateOnly> _days = [];
        private readonly List<string> _points = [];
        private readonly List<string> _windows = [];
        private readonly List<string> _items = [];
        private readonly List<string> _clerks = [];
        private readonly List<string> _figures = [];
        private readonly List<string> _buckets = [];
        private readonly List<long> _counts = [];

        public int Count => _kinds.Count;

        public void Add(string kind, string caseId, bool existed, RollupFact fact)
        {
            _kinds.Add(kind);
            _cases.Add(caseId);
            _existed.Add(existed);
            _cities.Add(fact.City);
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
            p.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.Text, _kinds);
            p.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.Text, _cases);
            p.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.Boolean, _existed);
            p.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.Text, _cities);
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
