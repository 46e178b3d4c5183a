using System.Text;
using Network.Grains.Matters;
using Npgsql;
using NpgsqlTypes;

namespace Network.Grains.Queries.Search;

/// <summary>
/// Finding matters and reading the register on PostgreSQL. Each statement carries only the
/// predicates of the filters given (so the planner sees each search as it is), and continues after
/// its keyset cursor with a predicate an index range can start from.
/// </summary>
public sealed class PostgresMatterSearchStore(NpgsqlDataSource dataSource, MatterJson json) : IMatterSearchStore
{
    // A stored column generated from the state's deadline (115_matter_search.sql).
    private const string DueKey = "due_key";

    public async Task<IReadOnlyList<MatterState>> SearchAsync(SearchFilter filter, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand();
        var sql = new StringBuilder("SELECT state::text FROM case_record WHERE kind = 'matter'");
        var p = new Parameters(command, sql);
        Scope(p, filter.Scope);
        p.And("case_id = {0}", filter.ReceiptNumber);
        p.And("name_lookup = {0}", filter.NameLookup);
        p.And("id_tail_lookup = {0}", filter.IdTailLookup);
        p.And("state ->> 'itemId' = {0}", filter.ItemId);
        p.And("status = {0}", filter.Status?.ToString());
        p.And("window_id = {0}", filter.WindowId);
        p.And("state ->> 'flag' = {0}", filter.Flag?.ToString());
        if (filter.ReceivedFrom is { } from)
        {
            p.And("opened_at >= {0}", from.ToUniversalTime());
        }

        if (filter.ReceivedUntil is { } until)
        {
            p.And("opened_at < {0}", until.ToUniversalTime());
        }

        if (filter.OpenOnly)
        {
            sql.Append(" AND is_open");
        }

        if (filter.After is { } after)
        {
            // (due, receipt) > (a, b), written so that an index on (…, due, case_id) starts its range at a.
            var due = p.Add(after.DueKey);
            var id = p.Add(after.ReceiptNumber);
            sql.Append($" AND {DueKey} >= {due} AND ({DueKey} > {due} OR case_id > {id})");
        }

        sql.Append($" ORDER BY {DueKey}, case_id LIMIT {p.Add(filter.Limit)}");
        command.CommandText = sql.ToString();
        return await ReadStatesAsync(command, cancellationToken);
    }

    /// <summary>
    /// A register batch, point by point: within one point, (time taken in, receipt number) after the
    /// cursor, which the point's opened_at index gives in order; when a point runs out, the next point
    /// of the subtree that has matters (an index-only step). One statement over a whole subtree ordered
    /// by (point, time) would let the planner re-sort the rest of the current point for every batch.
    /// </summary>
    public async Task<IReadOnlyList<MatterState>> ReadRegisterAsync(RegisterFilter filter, CancellationToken cancellationToken = default)
    {
        var rows = new List<MatterState>(Math.Min(filter.Limit, 1024));
        var after = filter.After;
        var point = after?.PointCode ?? (filter.Scope.Subtree ? await NextPointAsync(filter.Scope, null, cancellationToken) : filter.Scope.PointCode);
        while (point is not null)
        {
            rows.AddRange(await ReadPointAsync(filter, point, after?.PointCode == point ? after : null, filter.Limit - rows.Count, cancellationToken));
            if (rows.Count >= filter.Limit || !filter.Scope.Subtree)
            {
                break;
            }

            point = await NextPointAsync(filter.Scope, point, cancellationToken);
        }

        return rows;
    }

    private async Task<IReadOnlyList<MatterState>> ReadPointAsync(RegisterFilter filter, string point, RegisterKey? after, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand();
        var sql = new StringBuilder("SELECT state::text FROM case_record WHERE kind = 'matter'");
        var p = new Parameters(command, sql);
        p.And("point_code = {0}", point);
        p.And("window_id = {0}", filter.WindowId);
        p.And("opened_at >= {0}", filter.From.ToUniversalTime());
        p.And("opened_at < {0}", filter.Until.ToUniversalTime());
        if (after is not null)
        {
            var at = p.Add(after.OpenedAt.ToUniversalTime());
            var id = p.Add(after.ReceiptNumber);
            sql.Append($" AND opened_at >= {at} AND (opened_at > {at} OR case_id > {id})");
        }

        sql.Append($" ORDER BY opened_at, case_id LIMIT {p.Add(limit)}");
        command.CommandText = sql.ToString();
        return await ReadStatesAsync(command, cancellationToken);
    }

    /// <summary>The first point of the subtree after <paramref name="point"/> (or its first, when null) that has matters.</summary>
    private async Task<string?> NextPointAsync(PointScope scope, string? point, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand();
        var sql = new StringBuilder("SELECT min(point_code) FROM case_record WHERE kind = 'matter'");
        var p = new Parameters(command, sql);
        p.And(point is null ? "point_code >= {0}" : "point_code > {0}", point ?? scope.PointCode);
        p.And("point_code < {0}", scope.UpperBound);
        command.CommandText = sql.ToString();
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <summary>
    /// One point by equality; a subtree as a range of codes, and a city also by its 6-digit prefix
    /// so that the city's deadline index serves the sort.
    /// </summary>
    private static void Scope(Parameters p, PointScope scope)
    {
        if (!scope.Subtree)
        {
            p.And("point_code = {0}", scope.PointCode);
            return;
        }

        p.And("left(point_code, 6) = {0}", scope.PointCode[..6]);

        p.And("point_code >= {0}", scope.PointCode);
        if (scope.UpperBound is { } upper)
        {
            p.And("point_code < {0}", upper);
        }
    }

    private async Task<IReadOnlyList<MatterState>> ReadStatesAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<MatterState>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(json.Deserialize(reader.GetString(0)));
        }

        return rows;
    }

    /// <summary>Positional parameters ($1, $2, …) added as the statement is written.</summary>
    private sealed class Parameters(NpgsqlCommand command, StringBuilder sql)
    {
        public string Add(object value)
        {
            command.Parameters.Add(value switch
            {
                string s => new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = s },
                DateTimeOffset t => new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.TimestampTz, Value = t },
                int i => new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer, Value = i },
                _ => throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, "Unexpected parameter type."),
            });
            return "$" + command.Parameters.Count;
        }

        /// <summary>Appends <c>AND</c> the condition with its one parameter, unless the value is null (filter not given).</summary>
        public void And(string condition, object? value)
        {
            if (value is not null)
            {
                sql.Append(" AND ").Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, condition, Add(value)));
            }
        }
    }
}
