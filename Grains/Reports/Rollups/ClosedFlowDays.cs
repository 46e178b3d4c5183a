using System.Globalization;
using System.Text;
using Network.Grains.Queries.Search;
using Npgsql;
using NpgsqlTypes;

namespace Network.Grains.Reports.Rollups;

/// <summary>
/// The report's daily chart over closed days (<c>report_rollup_flow_day</c>, 127): matters taken in,
/// completed and returned per day, summed once per city and day at the level of the city's own
/// point and of each township with its villages, by the first report that reads a closed day, and
/// read from there by every later one. Open days (and closed days not summed yet) are read from
/// <c>report_rollup_point_day</c> as before, so the answer is the same sum either way.
/// <para>
/// <b>Closed.</b> These figures are counted on the day the matter was taken in and the day of its
/// outcome, and both are the time of the command that commits them (<c>ReceivedAt</c>,
/// <c>Outcome.At</c>): a commit never adds to a day before its own. A day is closed from
/// <see cref="ClosedAfterDays"/> days after it (a full day after its end: commits in flight at
/// midnight, silos' clocks apart by seconds). The only writer of earlier days is the backfill of
/// cases committed before the rollups: while any case is pending nothing is summed here, and the
/// backfill deletes the rows of every (city, day) it adds to (<see cref="Forget"/>), in its own
/// transaction.
/// </para>
/// </summary>
public static class ClosedFlowDays
{
    /// <summary>Days closed this many days after them (day ≤ today − 2).</summary>
    public const int ClosedAfterDays = 2;

    /// <summary>The figures summed here.</summary>
    public static readonly IReadOnlyList<string> Figures = [RollupFigures.Received, RollupFigures.Completed, RollupFigures.Returned];

    /// <summary>The last closed day when China's day is <paramref name="today"/>.</summary>
    public static DateOnly LastClosed(DateOnly today) => today.AddDays(-ClosedAfterDays);

    /// <summary>
    /// Whether <paramref name="query"/> can be answered from the closed days: some of
    /// <see cref="Figures"/> by day with their buckets summed, unfiltered, of a city's subtree, a
    /// township's subtree or the city's own point.
    /// </summary>
    public static bool Serves(RollupQuery query) =>
        query.By == RollupGrouping.Day && query.SumBuckets
        && query.WindowId is null && query.ItemId is null && query.ClerkId is null
        && query.Figures is { Count: > 0 } figures && figures.All(Figures.Contains)
        && (query.Scope.PointCode.Length == 6 || (query.Scope.Subtree && query.Scope.PointCode.Length == 9));

    /// <summary>
    /// The statement that sums the closed days <paramref name="query"/> covers that are not summed
    /// yet (none while any case waits for the backfill); null when it covers no closed day.
    /// Rows are inserted in key order, so two reports summing the same day never deadlock.
    /// </summary>
    public static NpgsqlBatchCommand? Materialize(RollupQuery query, DateOnly lastClosed)
    {
        var until = query.To < lastClosed ? query.To : lastClosed;
        if (until < query.From)
        {
            return null;
        }

        var command = new NpgsqlBatchCommand(
            """
            WITH days AS MATERIALIZED (
                SELECT g::date AS day FROM generate_series($2::date, $3::date, interval '1 day') AS g
                WHERE NOT EXISTS (SELECT 1 FROM report_rollup_pending)
                  AND NOT EXISTS (SELECT 1 FROM report_rollup_flow_day m WHERE m.city = $1 AND m.day = g::date AND m.unit = '' AND m.figure = '')
            )
            INSERT INTO report_rollup_flow_day (city, day, unit, figure, n)
            SELECT city, day, unit, figure, n FROM (
                SELECT $1 AS city, day, '' AS unit, '' AS figure, 0::bigint AS n FROM days
                UNION ALL
                SELECT $1, r.day, CASE WHEN length(r.point_code) <= 6 THEN r.point_code ELSE left(r.point_code, 9) END, r.figure, sum(r.n)::bigint
                FROM report_rollup_point_day r
                WHERE r.city = $1 AND r.figure = ANY($4) AND r.day = ANY(ARRAY(SELECT day FROM days))
                GROUP BY 2, 3, 4
                HAVING sum(r.n) <> 0
            ) AS x
            ORDER BY city, day, unit, figure
            ON CONFLICT DO NOTHING
            """);
        var p = command.Parameters;
        p.AddWithValue(query.City);
        p.AddWithValue(NpgsqlDbType.Date, query.From);
        p.AddWithValue(NpgsqlDbType.Date, until);
        p.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.Text, Figures.ToArray());
        return command;
    }

    /// <summary>
    /// The statement that answers <paramref name="query"/>: the summed closed days, plus
    /// <c>report_rollup_point_day</c> for every day of the period that is open or not summed.
    /// One statement, so one snapshot: a day is read from one table or the other, never both.
    /// </summary>
    public static NpgsqlBatchCommand Read(RollupQuery query, DateOnly lastClosed)
    {
        var until = query.To < lastClosed ? query.To : lastClosed;
        var command = new NpgsqlBatchCommand();
        var p = command.Parameters;
        p.AddWithValue(query.City);
        p.AddWithValue(NpgsqlDbType.Date, query.From);
        p.AddWithValue(NpgsqlDbType.Date, until);
        p.AddWithValue(NpgsqlDbType.Date, query.To);
        p.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.Text, query.Figures!.ToArray());
        var unit = new StringBuilder();
        var points = new StringBuilder();
        if (!query.Scope.Subtree)
        {
            p.AddWithValue(query.Scope.PointCode);
            unit.Append(CultureInfo.InvariantCulture, $" AND f.unit = ${p.Count}");
            points.Append(CultureInfo.InvariantCulture, $" AND r.point_code = ${p.Count}");
        }
        else if (query.Scope.PointCode.Length > 6)
        {
            p.AddWithValue(query.Scope.PointCode);
            unit.Append(CultureInfo.InvariantCulture, $" AND f.unit = ${p.Count}");
            points.Append(CultureInfo.InvariantCulture, $" AND r.point_code >= ${p.Count}");
            if (query.Scope.UpperBound is { } upper)
            {
                p.AddWithValue(upper);
                points.Append(CultureInfo.InvariantCulture, $" AND r.point_code < ${p.Count}");
            }
        }

        command.CommandText =
            $"""
            SELECT to_char(day, 'YYYY-MM-DD'), figure, '', sum(n)::bigint FROM (
                SELECT f.day, f.figure, f.n FROM report_rollup_flow_day f
                WHERE f.city = $1 AND f.day >= $2 AND f.day <= $3 AND f.figure = ANY($5){unit}
                UNION ALL
                SELECT r.day, r.figure, r.n FROM report_rollup_point_day r
                WHERE r.city = $1 AND r.figure = ANY($5){points} AND r.day = ANY(ARRAY(
                    SELECT g::date FROM generate_series($2::date, $4::date, interval '1 day') AS g
                    WHERE g::date > $3
                       OR NOT EXISTS (SELECT 1 FROM report_rollup_flow_day m WHERE m.city = $1 AND m.day = g::date AND m.unit = '' AND m.figure = '')))
            ) AS x
            GROUP BY day, figure
            HAVING sum(n) <> 0
            """;
        return command;
    }

    /// <summary>
    /// Deletes the summed rows of every (city, day) of <paramref name="facts"/>: for the backfill,
    /// which adds earlier cases' facts to days that may be closed (in its transaction, after them).
    /// </summary>
    public static NpgsqlBatchCommand Forget(IEnumerable<RollupFact> facts)
    {
        var days = facts.Select(f => (f.City, f.Day)).Distinct().ToArray();
        var command = new NpgsqlBatchCommand(
            "DELETE FROM report_rollup_flow_day f USING unnest($1::text[], $2::date[]) AS t(city, day) WHERE f.city = t.city AND f.day = t.day");
        command.Parameters.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.Text, days.Select(d => d.City).ToArray());
        command.Parameters.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.Date, days.Select(d => d.Day).ToArray());
        return command;
    }
}
