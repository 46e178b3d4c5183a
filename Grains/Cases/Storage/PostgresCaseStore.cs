using Network.Grains.Interfaces.Cases;
using Npgsql;

namespace Network.Grains.Cases.Storage;

/// <summary>
/// Cases and their ledger in PostgreSQL (<c>case_record</c>, <c>case_ledger</c>, and <c>case_part</c>
/// for the parts of states kept as rows of their own: <see cref="CasePart"/>). A change is
/// atomic: the case row is inserted (expected version 0) or updated only if it still has the
/// expected version, and each step's ledger row is inserted with it; (kind, case_id, sequence) is
/// unique, so no step is recorded twice. Changes are written by the
/// <see cref="CaseGroupCommitWriter"/>, many cases per transaction.
/// </summary>
public sealed class PostgresCaseStore(NpgsqlDataSource dataSource, CaseGroupCommitWriter writer) : ICaseStore
{
    public string Description
    {
        get
        {
            var b = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString);
            return $"PostgreSQL {b.Host}:{b.Port}/{b.Database}";
        }
    }

    public async Task<StoredCase?> LoadAsync(string kind, string caseId, CancellationToken cancellationToken = default)
    {
        // The case's last ledger row comes along, so its next commit is sent chained (LedgerHeads);
        // and the parts of its state kept as rows of their own: in the same statement, so the row and
        // its parts are of one snapshot (one commit), never a row of one commit with another's parts.
        await using var command = dataSource.CreateCommand(
            """
            SELECT r.version, r.state::text, h.sequence, h.hash, p.numbers, p.states
            FROM case_record r
            LEFT JOIN LATERAL (
                SELECT l.sequence, l.hash FROM case_ledger l
                WHERE l.kind = r.kind AND l.case_id = r.case_id
                ORDER BY l.sequence DESC
                LIMIT 1) h ON true
            LEFT JOIN LATERAL (
                SELECT array_agg(c.part ORDER BY c.part) AS numbers, array_agg(c.state::text ORDER BY c.part) AS states
                FROM case_part c WHERE c.kind = r.kind AND c.case_id = r.case_id) p ON true
            WHERE r.kind = $1 AND r.case_id = $2
            """);
        command.Parameters.AddWithValue(kind);
        command.Parameters.AddWithValue(caseId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        if (!reader.IsDBNull(2) && !reader.IsDBNull(3))
        {
            writer.Heads.Record(kind, caseId, reader.GetInt32(2), reader.GetFieldValue<byte[]>(3));
        }

        var version = reader.GetInt32(0);
        var state = reader.GetString(1);
        var numbers = reader.IsDBNull(4) ? [] : reader.GetFieldValue<int[]>(4);
        var texts = reader.IsDBNull(5) ? [] : reader.GetFieldValue<string[]>(5);
        var stored = new CasePart[numbers.Length];
        for (var i = 0; i < numbers.Length; i++)
        {
            stored[i] = new CasePart(numbers[i], texts[i]);
        }

        return new StoredCase(kind, caseId, version, state) { Parts = stored };
    }

    public Task CommitAsync(CaseCommit commit, CancellationToken cancellationToken = default) =>
        writer.CommitAsync(commit, cancellationToken);

    public async Task<StoredRequestKey?> FindRequestKeyAsync(RequestKey key, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT method, route, request_hash, receipt_number, reserved_suffix
            FROM idempotency_key WHERE clerk_id = $1 AND idempotency_key = $2
            """);
        command.Parameters.AddWithValue(key.Scope);
        command.Parameters.AddWithValue(key.Key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new StoredRequestKey(
                key with { Method = reader.GetString(0), Route = reader.GetString(1), RequestHash = reader.GetString(2) },
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4))
            : null;
    }

    public async Task<IReadOnlyList<CaseLedgerRow>> ReadLedgerAsync(string kind, string caseId, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            $"SELECT {CaseLedgerColumns.Step} FROM case_ledger WHERE kind = $1 AND case_id = $2 ORDER BY sequence");
        command.Parameters.AddWithValue(kind);
        command.Parameters.AddWithValue(caseId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<CaseLedgerRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(CaseLedgerColumns.Read(reader));
        }

        return rows;
    }
}
